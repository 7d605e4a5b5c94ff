package io.pagewright.profile;

import io.pagewright.event.AddToCart;
import io.pagewright.event.Consent;
import io.pagewright.event.ConsentStatus;
import io.pagewright.event.Event;
import io.pagewright.event.FeatureUsed;
import io.pagewright.event.Identity;
import io.pagewright.event.LineItem;
import io.pagewright.event.Money;
import io.pagewright.event.ProductView;
import io.pagewright.event.Purchase;
import io.pagewright.event.Signup;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Readable event builders for one visitor's journey, times in minutes after {@link #T0}. */
final class Journeys {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Identity SHOPPER = Identity.anonymous("c-shopper");
    static final Profiler PROFILER = new Profiler(ProfileSettings.DEFAULT);

    private Journeys() {}

    static Instant minute(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    static Consent grant(String id, long minute) {
        return consent(id, minute, ConsentStatus.GRANTED);
    }

    static Consent withdraw(String id, long minute) {
        return consent(id, minute, ConsentStatus.WITHDRAWN);
    }

    static Consent consent(String id, long minute, ConsentStatus status) {
        return new Consent(id, minute(minute), SHOPPER, null, Privacy.PERSONALIZATION, status);
    }

    static ProductView view(String id, long minute, String product, String category) {
        return new ProductView(id, minute(minute), SHOPPER, "s-1", product, category, null);
    }

    static AddToCart add(String id, long minute, String product) {
        return new AddToCart(id, minute(minute), SHOPPER, "s-1", product, null, 1, null);
    }

    static Purchase purchase(String id, long minute, String amount) {
        Money value = Money.of(amount, "EUR");
        return new Purchase(
                id,
                minute(minute),
                SHOPPER,
                "s-1",
                "o-" + id,
                value,
                List.of(new LineItem("p-1", null, 1, value)));
    }

    static Signup signup(String id, long minute, String plan) {
        return new Signup(id, minute(minute), SHOPPER, null, plan, 8, "25-34", "de-CH", "emea");
    }

    static FeatureUsed feature(String id, long minute, String feature) {
        return new FeatureUsed(id, minute(minute), SHOPPER, null, feature);
    }

    /** A profile of the shopper, with personalization granted at T0 - 1 minute, then the events. */
    static Profile consented(Event... events) {
        Profile profile = PROFILER.record(Profile.empty(ProfileId.of("p-1")), grant("g-0", -1));
        return PROFILER.record(profile, List.of(events));
    }
}
