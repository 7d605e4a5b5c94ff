package io.pagewright.security;

import io.pagewright.audit.AuditTrail;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.security.DeliveryKeys.CreatedDeliveryKey;
import io.pagewright.security.DeliveryKeys.DeliveryKeyView;
import io.pagewright.security.DeliveryKeys.NewDeliveryKey;
import io.pagewright.security.store.DeliveryKeyEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Delivery keys: credentials for frontends that may only resolve pages and send events. A revoked
 * key stops working within the realm's cache lifetime (10 seconds).
 */
@ApplicationScoped
public class DeliveryKeyService {

    @PersistenceContext EntityManager em;
    @Inject CurrentActor actor;
    @Inject AuditTrail audit;

    @Transactional
    public CreatedDeliveryKey create(
            @NotNull(message = "a delivery key is required") @Valid NewDeliveryKey request) {
        String secret = Secrets.random(32);
        DeliveryKeyEntity entity = new DeliveryKeyEntity();
        entity.keyId = DeliveryKeys.PREFIX + Secrets.randomHex(8);
        entity.name = request.name();
        entity.secretHash = Secrets.sha256Hex(secret);
        entity.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        entity.createdBy = actor.get().name();
        em.persist(entity);
        audit.record("created", "delivery-key", entity.keyId, null, null, null, view(entity));
        return new CreatedDeliveryKey(view(entity), secret);
    }

    public List<DeliveryKeyView> list() {
        return em.createQuery(
                        "select k from DeliveryKeyEntity k order by k.createdAt, k.keyId",
                        DeliveryKeyEntity.class)
                .getResultStream()
                .map(DeliveryKeyService::view)
                .toList();
    }

    /** Revokes a key; revoking it again changes nothing. */
    @Transactional
    public DeliveryKeyView revoke(String keyId) {
        DeliveryKeyEntity entity = em.find(DeliveryKeyEntity.class, keyId);
        if (entity == null) {
            throw new NotFoundProblem(
                    "delivery-key-not-found",
                    "No such delivery key",
                    "There is no delivery key '" + keyId + "'.");
        }
        if (entity.revokedAt == null) {
            entity.revokedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            entity.revokedBy = actor.get().name();
            audit.record("revoked", "delivery-key", keyId, null, null, null, view(entity));
        }
        return view(entity);
    }

    private static DeliveryKeyView view(DeliveryKeyEntity e) {
        return new DeliveryKeyView(
                e.keyId, e.name, e.createdAt, e.createdBy, e.revokedAt, e.revokedBy);
    }
}
