package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * {@code login}: A user signed in; the identity must carry the user id, and links the other ids it
 * carries to that user.
 */
public record Login(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId)
        implements Event {}
