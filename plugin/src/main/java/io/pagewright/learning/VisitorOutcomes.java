package io.pagewright.learning;

import io.pagewright.decision.log.DecisionRecorder;
import io.pagewright.event.AddToCart;
import io.pagewright.event.Bounce;
import io.pagewright.event.Event;
import io.pagewright.event.IdentityKey;
import io.pagewright.event.IdentityKind;
import io.pagewright.event.Purchase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Outcomes that name no decision, kept by visitor until the learner attributes them: an {@code
 * add_to_cart} (counted as engagement, like a click), a {@code purchase} (a conversion with the
 * order's value) and a {@code bounce} (recorded, rewarding nothing). The visitor is the keyed hash
 * of the event's anonymous id, the same hash the decision log keeps of the resolve's visitor id, so
 * an event without an anonymous id cannot be attributed by visitor.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VisitorOutcomes {

    static final String ADD_TO_CART = "add_to_cart";
    static final String PURCHASE = "purchase";
    static final String BOUNCE = "bounce";

    /** One outcome of a visitor, not yet attributed. */
    public record Pending(
            String eventId,
            String visitorHash,
            String kind,
            BigDecimal amount,
            String currency,
            Instant occurredAt) {}

    @PersistenceContext EntityManager em;
    @Inject DecisionRecorder decisions;

    /** Keeps the outcomes among {@code events} that name no decision; others are ignored. */
    void recordAll(List<Event> events) {
        for (Event event : events) {
            String anonymous = event.identity().anonymousId();
            if (anonymous == null) {
                continue;
            }
            switch (event) {
                case AddToCart cart -> insert(cart, anonymous, ADD_TO_CART, null, null);
                case Purchase purchase ->
                        insert(
                                purchase,
                                anonymous,
                                PURCHASE,
                                purchase.value().amount(),
                                purchase.value().currency());
                case Bounce bounce -> insert(bounce, anonymous, BOUNCE, null, null);
                default -> {}
            }
        }
    }

    /** The visitors' outcomes after {@code from} and up to {@code to}, oldest first. */
    List<Pending> of(Collection<String> visitorHashes, Instant from, Instant to) {
        List<Pending> pending = new ArrayList<>();
        List<String> hashes = List.copyOf(visitorHashes);
        for (int i = 0; i < hashes.size(); i += 500) {
            List<?> rows =
                    em.createNativeQuery(
                                    "select event_id, visitor_hash, kind, amount, currency,"
                                            + " occurred_at from visitor_outcome where"
                                            + " visitor_hash in (:hashes) and occurred_at > :from"
                                            + " and occurred_at <= :to order by occurred_at,"
                                            + " event_id")
                            .setParameter(
                                    "hashes", hashes.subList(i, Math.min(hashes.size(), i + 500)))
                            .setParameter("from", Timestamp.from(from))
                            .setParameter("to", Timestamp.from(to))
                            .getResultList();
            for (Object row : rows) {
                Object[] c = (Object[]) row;
                pending.add(
                        new Pending(
                                (String) c[0],
                                (String) c[1],
                                (String) c[2],
                                (BigDecimal) c[3],
                                (String) c[4],
                                ModelStore.instant(c[5])));
            }
        }
        return pending;
    }

    /** Records that {@code outcome} is credited to the slot decision {@code decisionId}. */
    void attribute(Pending outcome, String decisionId) {
        em.createNativeQuery(
                        "insert into attributed_outcome (event_id, decision_id, kind, amount,"
                                + " currency, occurred_at) select ?1, ?2, kind, amount, currency,"
                                + " occurred_at from visitor_outcome where event_id = ?1")
                .setParameter(1, outcome.eventId())
                .setParameter(2, decisionId)
                .executeUpdate();
    }

    /** Forgets the outcomes no decision still to learn from can be credited with. */
    int pruneUpTo(Instant learnedUntil) {
        return em.createNativeQuery("delete from visitor_outcome where occurred_at <= ?1")
                .setParameter(1, Timestamp.from(learnedUntil))
                .executeUpdate();
    }

    /** Erases what is kept by visitor for these identifiers (their anonymous ids). */
    @Transactional(Transactional.TxType.REQUIRED)
    public int forget(Set<IdentityKey> identities) {
        List<String> hashes =
                identities.stream()
                        .filter(k -> k.kind() == IdentityKind.ANONYMOUS)
                        .map(k -> decisions.visitorHash(k.value()))
                        .toList();
        if (hashes.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("delete from visitor_outcome where visitor_hash in (:hashes)")
                .setParameter("hashes", hashes)
                .executeUpdate();
    }

    private void insert(
            Event event, String anonymousId, String kind, BigDecimal amount, String currency) {
        String columns = "event_id, visitor_hash, kind, occurred_at";
        String values = "?1, ?2, ?3, ?4";
        if (amount != null) {
            columns += ", amount, currency";
            values += ", ?5, ?6";
        }
        var insert =
                em.createNativeQuery(
                                "insert into visitor_outcome ("
                                        + columns
                                        + ") values ("
                                        + values
                                        + ")")
                        .setParameter(1, event.eventId())
                        .setParameter(2, decisions.visitorHash(anonymousId))
                        .setParameter(3, kind)
                        .setParameter(4, Timestamp.from(event.occurredAt()));
        if (amount != null) {
            insert.setParameter(5, amount).setParameter(6, currency);
        }
        insert.executeUpdate();
    }
}
