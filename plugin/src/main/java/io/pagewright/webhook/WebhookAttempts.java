package io.pagewright.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The transactional part of webhook delivery: finding due deliveries and recording attempts. */
@ApplicationScoped
public class WebhookAttempts {

    @PersistenceContext EntityManager em;

    @Transactional
    public List<Long> dueIds() {
        return em.createQuery(
                        "select d.id from WebhookDeliveryEntity d where d.status = 'pending'"
                                + " and d.nextAttemptAt <= :now order by d.id",
                        Long.class)
                .setParameter("now", Instant.now())
                .setMaxResults(50)
                .getResultList();
    }

    /** One attempt; the row is locked so two nodes never send the same delivery at once. */
    @Transactional
    public void attempt(long id) {
        WebhookDeliveryEntity delivery =
                em.find(WebhookDeliveryEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !"pending".equals(delivery.status)) {
            return;
        }
        WebhookEntity hook = em.find(WebhookEntity.class, delivery.webhookId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        delivery.attempts++;
        try {
            HttpResponse<String> response =
                    WebhookDispatcher.HTTP.send(
                            WebhookDispatcher.request(hook, delivery, now),
                            HttpResponse.BodyHandlers.ofString());
            delivery.lastStatus = response.statusCode();
            if (response.statusCode() / 100 == 2) {
                delivery.status = "delivered";
                delivery.deliveredAt = now;
                delivery.nextAttemptAt = null;
                delivery.lastError = null;
                return;
            }
            delivery.lastError = "HTTP " + response.statusCode();
        } catch (java.io.IOException e) {
            delivery.lastStatus = null;
            delivery.lastError =
                    WebhookAttempts.truncate(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivery.lastError = "interrupted";
        }
        if (delivery.attempts >= WebhookDispatcher.MAX_ATTEMPTS) {
            delivery.status = "failed";
            delivery.nextAttemptAt = null;
        } else {
            delivery.nextAttemptAt = now.plus(WebhookDispatcher.backoff(delivery.attempts));
        }
    }

    static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
