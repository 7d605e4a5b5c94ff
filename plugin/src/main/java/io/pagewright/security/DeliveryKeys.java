package io.pagewright.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The request and response records of delivery keys. */
public final class DeliveryKeys {

    private DeliveryKeys() {}

    /** Every key id starts with this, so it can never be mistaken for a person's name. */
    public static final String PREFIX = "pwk_";

    public record NewDeliveryKey(
            @NotBlank(message = "is required")
                    @Size(max = 200, message = "must be at most 200 characters")
                    String name) {}

    public record DeliveryKeyView(
            String keyId,
            String name,
            Instant createdAt,
            String createdBy,
            Instant revokedAt,
            String revokedBy) {}

    /**
     * A created key. The secret is shown this once; frontends send {@code keyId:secret} as HTTP
     * Basic credentials.
     */
    public record CreatedDeliveryKey(DeliveryKeyView key, String secret) {}
}
