package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * {@code signup}: An account was created; carries what the visitor told us about themselves and
 * their plan.
 */
public record Signup(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @Key String planTier,
        @Min(1) @Max(1_000_000) Integer teamSize,
        @Pattern(regexp = AGE_BAND, message = "must be an age band such as 25-34, 65+ or under-18")
                String ageBand,
        @Pattern(
                        regexp = "[a-z]{2,3}(-[A-Z]{2})?",
                        message = "must be a language tag such as en or de-CH")
                String locale,
        @Key String region)
        implements Event {

    /** {@code under-18}, {@code 18-24} ... {@code 65+}. */
    public static final String AGE_BAND = "under-18|[0-9]{2}-[0-9]{2}|[0-9]{2}\\+";
}
