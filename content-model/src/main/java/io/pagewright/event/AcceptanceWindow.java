package io.pagewright.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far from the server clock an event's {@code occurredAt} may be: up to {@code maxAge} in the
 * past (late and offline-queued events) and up to {@code maxLead} in the future (client clock
 * skew). The window also bounds how long event ids must be remembered to make resends harmless.
 */
public record AcceptanceWindow(Duration maxAge, Duration maxLead) {

    public static final AcceptanceWindow DEFAULT =
            new AcceptanceWindow(Duration.ofDays(7), Duration.ofMinutes(5));

    public AcceptanceWindow {
        requirePositive(maxAge, "maxAge");
        requirePositive(maxLead, "maxLead");
    }

    /** Why an event that occurred at {@code occurredAt} is outside the window at {@code now}. */
    public Optional<String> violation(Instant occurredAt, Instant now) {
        if (occurredAt.isBefore(now.minus(maxAge))) {
            return Optional.of(
                    "is more than "
                            + maxAge
                            + " before the server time "
                            + now
                            + "; older events are not accepted");
        }
        if (occurredAt.isAfter(now.plus(maxLead))) {
            return Optional.of(
                    "is more than "
                            + maxLead
                            + " after the server time "
                            + now
                            + "; check the client clock");
        }
        return Optional.empty();
    }

    /** The oldest {@code occurredAt} a resend arriving at {@code now} could still carry. */
    public Instant oldestAcceptedAt(Instant now) {
        return now.minus(maxAge);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
