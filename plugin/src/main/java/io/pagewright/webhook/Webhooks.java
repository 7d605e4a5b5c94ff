package io.pagewright.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Request and response records of webhooks. */
public final class Webhooks {

    private Webhooks() {}

    /** The event types a webhook can subscribe to ({@code *} for all). */
    public static final List<String> EVENT_TYPES =
            List.of(
                    "review.submitted",
                    "review.approval-added",
                    "review.approved",
                    "review.rejected",
                    "publish.scheduled",
                    "published",
                    "archived");

    public record NewWebhook(
            @NotBlank(message = "is required")
                    @Size(max = 2000, message = "must be at most 2000 characters")
                    @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
                    String url,
            @Size(min = 16, max = 200, message = "must be 16 to 200 characters") String secret,
            @Size(max = 20, message = "must list at most 20 event types")
                    List<
                                    @NotNull
                                    @Pattern(
                                            regexp =
                                                    "\\*|review\\.submitted|review\\.approval-added"
                                                            + "|review\\.approved|review\\.rejected"
                                                            + "|publish\\.scheduled|published|archived",
                                            message =
                                                    "must be * or one of review.submitted,"
                                                            + " review.approval-added,"
                                                            + " review.approved, review.rejected,"
                                                            + " publish.scheduled, published,"
                                                            + " archived")
                                    String>
                            events) {}

    public record WebhookView(
            String id,
            String url,
            List<String> events,
            boolean enabled,
            Instant createdAt,
            String createdBy) {}

    /** A created webhook; the secret is shown this once. */
    public record CreatedWebhook(WebhookView webhook, String secret) {}

    public record DeliveryView(
            long id,
            String eventId,
            String eventType,
            String status,
            int attempts,
            Integer lastStatus,
            String lastError,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant deliveredAt) {}
}
