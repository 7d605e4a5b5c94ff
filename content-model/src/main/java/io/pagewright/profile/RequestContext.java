package io.pagewright.profile;

import java.time.Instant;
import java.util.Objects;

/**
 * What the caller knows about the current request. It is never stored in a profile; its values win
 * over the profile's for the same attribute. Every field but {@code now} may be null.
 *
 * @param now the request time, against which intent and lifecycle rules are evaluated
 * @param device device type, e.g. {@code mobile}
 * @param region region from the IP or the storefront, e.g. {@code emea}
 * @param trafficSource e.g. {@code paid-search}, {@code email}
 * @param locale e.g. {@code de-CH}
 * @param timeOfDay in the visitor's time zone, e.g. {@code evening}
 */
public record RequestContext(
        Instant now,
        String device,
        String region,
        String trafficSource,
        String locale,
        String timeOfDay) {

    public RequestContext {
        Objects.requireNonNull(now, "now");
    }

    public static RequestContext at(Instant now) {
        return new RequestContext(now, null, null, null, null, null);
    }
}
