package io.pagewright.learning;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.pagewright.decision.DecisionRecord;
import io.pagewright.decision.log.ElasticsearchDecisionLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The learner's attribution by visitor: credits the outcomes that named no decision to the
 * decisions being learned from, last touch per slot within the attribution window, records each
 * credit, and folds it into the decision's {@link Outcome}. An outcome whose last touch is a later
 * decision (one still to be learned from) is left for that decision's step.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VisitorAttribution {

    private static final int LATER_DECISIONS = 10_000;

    @Inject VisitorOutcomes visitorOutcomes;
    @Inject ElasticsearchDecisionLog log;

    /**
     * Adds to {@code outcomes} (per slot decision id) what the visitors of {@code pages} did after
     * them. The pages are the decisions made after {@code from} up to {@code until}; outcomes up to
     * {@code until} are forgotten afterwards, as no decision still to learn from can claim them.
     */
    void attribute(
            List<DecisionRecord> pages,
            Instant from,
            Instant until,
            Duration window,
            Map<String, Outcome> outcomes) {
        Set<String> visitors = new HashSet<>();
        pages.stream()
                .map(DecisionRecord::visitorHash)
                .filter(Objects::nonNull)
                .forEach(visitors::add);
        List<VisitorOutcomes.Pending> pending =
                visitors.isEmpty()
                        ? List.of()
                        : visitorOutcomes.of(visitors, from, until.plus(window));
        if (!pending.isEmpty()) {
            credit(pages, until, window, pending, outcomes);
        }
        visitorOutcomes.pruneUpTo(until);
    }

    private void credit(
            List<DecisionRecord> pages,
            Instant until,
            Duration window,
            List<VisitorOutcomes.Pending> pending,
            Map<String, Outcome> outcomes) {
        Set<String> learned = new HashSet<>();
        List<LastTouchAttribution.Touch> touches = new ArrayList<>();
        for (DecisionRecord page : pages) {
            touches.addAll(touchesOf(page));
            page.slots().forEach(s -> learned.add(s.decisionId().toString()));
        }
        Set<String> withOutcomes = new HashSet<>();
        pending.forEach(p -> withOutcomes.add(p.visitorHash()));
        for (DecisionRecord later : laterDecisions(withOutcomes, until, until.plus(window))) {
            touches.addAll(touchesOf(later));
        }
        Map<String, VisitorOutcomes.Pending> byEvent = new HashMap<>();
        List<LastTouchAttribution.VisitorOutcome> happened = new ArrayList<>();
        for (VisitorOutcomes.Pending p : pending) {
            byEvent.put(p.eventId(), p);
            happened.add(
                    new LastTouchAttribution.VisitorOutcome(
                            p.eventId(), p.visitorHash(), p.occurredAt()));
        }
        // A decision's own conversions (by decision id) carry its revenue; purchases add to it only
        // where none was reported, so an order sent both ways is not counted twice.
        Set<String> convertedById = new HashSet<>();
        outcomes.forEach((id, o) -> {
            if (o.converted()) {
                convertedById.add(id);
            }
        });
        for (LastTouchAttribution.Credit credit :
                new LastTouchAttribution(window).attribute(touches, happened)) {
            if (!learned.contains(credit.decisionId())) {
                continue;
            }
            VisitorOutcomes.Pending outcome = byEvent.get(credit.eventId());
            visitorOutcomes.attribute(outcome, credit.decisionId());
            Outcome before = outcomes.getOrDefault(credit.decisionId(), Outcome.none());
            outcomes.put(
                    credit.decisionId(),
                    merged(before, outcome, convertedById.contains(credit.decisionId())));
        }
    }

    private static Outcome merged(
            Outcome before, VisitorOutcomes.Pending outcome, boolean convertedById) {
        return switch (outcome.kind()) {
            case VisitorOutcomes.ADD_TO_CART ->
                    new Outcome(true, before.converted(), before.revenue(), before.margin());
            case VisitorOutcomes.PURCHASE ->
                    convertedById
                            ? new Outcome(true, true, before.revenue(), before.margin())
                            : new Outcome(
                                    true,
                                    true,
                                    before.revenue()
                                            + (outcome.amount() == null
                                                    ? 0
                                                    : outcome.amount().doubleValue()),
                                    before.margin());
            default -> before;
        };
    }

    private static List<LastTouchAttribution.Touch> touchesOf(DecisionRecord page) {
        if (page.visitorHash() == null) {
            return List.of();
        }
        return page.slots().stream()
                .map(s ->
                        new LastTouchAttribution.Touch(
                                s.decisionId().toString(),
                                page.visitorHash(),
                                page.surface(),
                                s.slot(),
                                page.at()))
                .toList();
    }

    private List<DecisionRecord> laterDecisions(Set<String> visitors, Instant after, Instant to) {
        List<FieldValue> hashes = visitors.stream().map(FieldValue::of).toList();
        return log.search(s ->
                s.size(LATER_DECISIONS)
                        .query(q ->
                                q.bool(b ->
                                        b.filter(Learner.madeBetween(after, to))
                                                .filter(f ->
                                                        f.terms(t ->
                                                                t.field("visitorHash")
                                                                        .terms(v ->
                                                                                v.value(
                                                                                        hashes)))))));
    }
}
