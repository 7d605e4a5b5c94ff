package io.pagewright.learning;

import io.pagewright.event.Click;
import io.pagewright.event.Conversion;
import io.pagewright.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcomes of decisions. A {@code click} or {@code conversion} event names the slot decision it
 * followed and is attributed to it as it is folded ({@code attribution: decision}). An {@code
 * add_to_cart}, {@code purchase} or {@code bounce} names none: it is kept by visitor as it is
 * folded and attributed by the learner, once the window has closed, to the visitor's last decision
 * of each slot before it ({@code attribution: visitor}, see {@link VisitorOutcomes}). Written in
 * the folding transaction, once per event; read by the learner and by the decision API.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DecisionOutcomes {

    static final String CLICK = "click";
    static final String CONVERSION = "conversion";
    static final String BY_DECISION = "decision";
    static final String BY_VISITOR = "visitor";

    /** One outcome of a decision. */
    public record DecisionOutcome(
            String decisionId,
            String eventId,
            String kind,
            String goal,
            BigDecimal amount,
            String currency,
            Instant occurredAt,
            String attribution) {}

    @PersistenceContext EntityManager em;
    @Inject VisitorOutcomes byVisitor;

    /** Records the outcomes among {@code events}; other events are ignored. */
    public void recordAll(List<Event> events) {
        for (Event event : events) {
            if (event instanceof Click click) {
                insert(
                        click.eventId(),
                        click.decisionId(),
                        CLICK,
                        null,
                        null,
                        null,
                        click.occurredAt());
            } else if (event instanceof Conversion conversion) {
                insert(
                        conversion.eventId(),
                        conversion.decisionId(),
                        CONVERSION,
                        conversion.goal(),
                        conversion.value() == null ? null : conversion.value().amount(),
                        conversion.value() == null ? null : conversion.value().currency(),
                        conversion.occurredAt());
            }
        }
        byVisitor.recordAll(events);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DecisionOutcome> of(List<String> decisionIds) {
        if (decisionIds.isEmpty()) {
            return List.of();
        }
        List<DecisionOutcome> outcomes = new ArrayList<>();
        for (Object row :
                em.createNativeQuery(
                                "select decision_id, event_id, kind, goal, amount, currency,"
                                        + " occurred_at, '"
                                        + BY_DECISION
                                        + "' from decision_outcome where decision_id in (:ids)"
                                        + " union all select decision_id, event_id, kind, null,"
                                        + " amount, currency, occurred_at, '"
                                        + BY_VISITOR
                                        + "' from attributed_outcome where decision_id in (:ids)"
                                        + " order by 7, 2")
                        .setParameter("ids", decisionIds)
                        .getResultList()) {
            Object[] c = (Object[]) row;
            outcomes.add(
                    new DecisionOutcome(
                            (String) c[0],
                            (String) c[1],
                            (String) c[2],
                            (String) c[3],
                            (BigDecimal) c[4],
                            (String) c[5],
                            ModelStore.instant(c[6]),
                            (String) c[7]));
        }
        return outcomes;
    }

    private void insert(
            String eventId,
            String decisionId,
            String kind,
            String goal,
            BigDecimal amount,
            String currency,
            Instant at) {
        // Absent values are left out of the statement: a null parameter has no SQL type to bind.
        String columns = "event_id, decision_id, kind, occurred_at";
        String values = "?1, ?2, ?3, ?4";
        if (goal != null) {
            columns += ", goal";
            values += ", ?5";
        }
        if (amount != null) {
            columns += ", amount, currency";
            values += ", ?6, ?7";
        }
        var insert =
                em.createNativeQuery(
                                "insert into decision_outcome ("
                                        + columns
                                        + ") values ("
                                        + values
                                        + ")")
                        .setParameter(1, eventId)
                        .setParameter(2, decisionId)
                        .setParameter(3, kind)
                        .setParameter(4, Timestamp.from(at));
        if (goal != null) {
            insert.setParameter(5, goal);
        }
        if (amount != null) {
            insert.setParameter(6, amount).setParameter(7, currency);
        }
        insert.executeUpdate();
    }
}
