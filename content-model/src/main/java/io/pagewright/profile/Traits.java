package io.pagewright.profile;

import io.pagewright.event.Signup;
import java.time.Instant;

/** What a visitor told us about themselves, and when they signed up. */
public record Traits(
        Latest<String> ageBand, Latest<String> locale, Latest<String> region, Instant signedUpAt) {

    public static final Traits NONE = new Traits(null, null, null, null);

    Traits signedUp(Signup signup) {
        return new Traits(
                Latest.update(ageBand, signup.ageBand(), signup),
                Latest.update(locale, signup.locale(), signup),
                Latest.update(region, signup.region(), signup),
                Instants.earlier(signedUpAt, signup.occurredAt()));
    }

    Traits merge(Traits other) {
        return new Traits(
                Latest.later(ageBand, other.ageBand),
                Latest.later(locale, other.locale),
                Latest.later(region, other.region),
                Instants.earlier(signedUpAt, other.signedUpAt));
    }
}
