package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** {@code page_view}: A page was shown. */
public record PageView(
        @NotNull @ExternalId String eventId,
        @NotNull Instant occurredAt,
        @NotNull @Valid Identity identity,
        @ExternalId String sessionId,
        @NotBlank @Size(max = 2048) String url,
        @Size(max = 300) String title)
        implements Event {}
