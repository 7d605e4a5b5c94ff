package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * {@code onboarding_step_completed}: An onboarding step was completed; {@code totalSteps}, when
 * sent, lets the profile report progress.
 */
public record OnboardingStepCompleted(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @NotNull @Key String step,
        @Min(1) @Max(100) Integer totalSteps)
        implements Event {}
