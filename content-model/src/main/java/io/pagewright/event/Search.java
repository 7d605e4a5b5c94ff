package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * {@code search}: A site search ran. The query text is validated but never stored in the profile.
 */
public record Search(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @NotBlank @Size(max = 200) String query,
        @PositiveOrZero Integer resultCount)
        implements Event {}
