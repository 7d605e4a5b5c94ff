package io.pagewright.webhook;

import io.pagewright.audit.AuditTrail;
import io.pagewright.platform.Json;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.security.CurrentActor;
import io.pagewright.security.Secrets;
import io.pagewright.webhook.Webhooks.CreatedWebhook;
import io.pagewright.webhook.Webhooks.DeliveryView;
import io.pagewright.webhook.Webhooks.NewWebhook;
import io.pagewright.webhook.Webhooks.WebhookView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Webhooks: their configuration, and the notifications queued for them. A notification is written
 * in the transaction of the change it reports (so it exists exactly when the change does) and
 * delivered after the commit by the {@link WebhookDispatcher}, which polls every second.
 */
@ApplicationScoped
public class WebhookService {

    @PersistenceContext EntityManager em;
    @Inject CurrentActor actor;
    @Inject AuditTrail audit;

    @Transactional
    public CreatedWebhook create(
            @NotNull(message = "a webhook is required") @Valid NewWebhook request) {
        WebhookEntity entity = new WebhookEntity();
        entity.id = "wh_" + Secrets.randomHex(8);
        entity.url = request.url();
        entity.secret = request.secret() == null ? Secrets.random(32) : request.secret();
        entity.events =
                request.events() == null || request.events().isEmpty()
                        ? "*"
                        : String.join(",", request.events());
        entity.enabled = true;
        entity.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        entity.createdBy = actor.get().name();
        em.persist(entity);
        WebhookView view = view(entity);
        audit.record("created", "webhook", entity.id, null, null, null, view);
        return new CreatedWebhook(view, entity.secret);
    }

    public List<WebhookView> list() {
        return em.createQuery(
                        "select w from WebhookEntity w order by w.createdAt", WebhookEntity.class)
                .getResultStream()
                .map(WebhookService::view)
                .toList();
    }

    @Transactional
    public void delete(String id) {
        WebhookEntity entity = find(id);
        WebhookView view = view(entity);
        em.remove(entity);
        audit.record("deleted", "webhook", id, null, null, view, null);
    }

    public List<DeliveryView> deliveries(String id, int limit) {
        find(id);
        return em.createQuery(
                        "select d from WebhookDeliveryEntity d where d.webhookId = :id"
                                + " order by d.createdAt desc, d.id desc",
                        WebhookDeliveryEntity.class)
                .setParameter("id", id)
                .setMaxResults(limit)
                .getResultStream()
                .map(d ->
                        new DeliveryView(
                                d.id,
                                d.eventId,
                                d.eventType,
                                d.status,
                                d.attempts,
                                d.lastStatus,
                                d.lastError,
                                d.createdAt,
                                d.nextAttemptAt,
                                d.deliveredAt))
                .toList();
    }

    /**
     * Queues a notification of {@code type} for every enabled webhook that subscribed to it, in the
     * current transaction; delivery starts after the commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emit(String type, Map<String, Object> data) {
        List<WebhookEntity> hooks =
                em.createQuery(
                                "select w from WebhookEntity w where w.enabled = true",
                                WebhookEntity.class)
                        .getResultList();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String eventId = "evt_" + UUID.randomUUID();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", eventId);
        event.put("type", type);
        event.put("occurredAt", now.toString());
        event.put("data", data);
        String payload = Json.MAPPER.writeValueAsString(event);
        for (WebhookEntity hook : hooks) {
            if (!subscribed(hook, type)) {
                continue;
            }
            WebhookDeliveryEntity delivery = new WebhookDeliveryEntity();
            delivery.webhookId = hook.id;
            delivery.eventId = eventId;
            delivery.eventType = type;
            delivery.payload = payload;
            delivery.status = "pending";
            delivery.attempts = 0;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            em.persist(delivery);
        }
    }

    private static boolean subscribed(WebhookEntity hook, String type) {
        return Arrays.stream(hook.events.split(",")).anyMatch(e -> e.equals("*") || e.equals(type));
    }

    private WebhookEntity find(String id) {
        WebhookEntity entity = em.find(WebhookEntity.class, id);
        if (entity == null) {
            throw new NotFoundProblem(
                    "webhook-not-found", "No such webhook", "There is no webhook '" + id + "'.");
        }
        return entity;
    }

    private static WebhookView view(WebhookEntity e) {
        return new WebhookView(
                e.id, e.url, List.of(e.events.split(",")), e.enabled, e.createdAt, e.createdBy);
    }
}
