package io.pagewright.webhook;

import io.pagewright.platform.BackgroundTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers queued webhook notifications: a POST of the JSON event with a {@code
 * Pagewright-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" with the secret>} header.
 * A 2xx answer delivers it; anything else (or no answer within 5 s) is retried with exponential
 * backoff (1 s, 2 s, 4 s ... up to 1 h) and given up after {@value #MAX_ATTEMPTS} attempts. Every
 * attempt's outcome is kept on the delivery, which is the delivery log.
 */
@ApplicationScoped
public class WebhookDispatcher {

    static final int MAX_ATTEMPTS = 8;
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Resource ManagedScheduledExecutorService scheduler;
    @Inject WebhookAttempts attempts;

    private BackgroundTask poller;

    public synchronized void start() {
        if (poller == null) {
            poller =
                    BackgroundTask.every(
                            scheduler,
                            "Webhook delivery",
                            Duration.ofSeconds(1),
                            Duration.ofSeconds(1),
                            this::deliverDue);
        }
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.stop();
        }
    }

    void deliverDue() {
        for (Long id : attempts.dueIds()) {
            if (poller.stopped()) {
                return;
            }
            attempts.attempt(id);
        }
    }

    static Duration backoff(int attempts) {
        return Duration.ofSeconds(Math.min(3600, 1L << Math.min(attempts - 1, 12)));
    }

    static HttpRequest request(WebhookEntity hook, WebhookDeliveryEntity delivery, Instant now) {
        long timestamp = now.getEpochSecond();
        return HttpRequest.newBuilder(URI.create(hook.url))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header("User-Agent", "Pagewright-Webhooks/1")
                .header("Pagewright-Event", delivery.eventType)
                .header("Pagewright-Delivery", delivery.eventId)
                .header(
                        "Pagewright-Signature",
                        "t=" + timestamp + ",v1=" + sign(hook.secret, timestamp, delivery.payload))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload, StandardCharsets.UTF_8))
                .build();
    }

    /** Hex HMAC-SHA256 of {@code "<timestamp>.<body>"}; receivers recompute it to check. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(
                            mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
