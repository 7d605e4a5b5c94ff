package io.pagewright.learning;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.pagewright.decision.DecisionRecord;
import io.pagewright.decision.log.ElasticsearchDecisionLog;
import io.pagewright.profile.store.EventJournal;
import io.pagewright.profile.store.JournalEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One learning step, in one transaction: read the bandit decisions of the decision log whose
 * attribution window has closed since the last step, join each slot decision with its outcomes
 * (clicks and conversions that name its decision id), and let each slot's model learn the batch,
 * writing a new model version. Decisions without an outcome teach the model as much as those with
 * one: they were shown and ignored.
 *
 * <p>The row {@code learner_state} is locked for the step, so one node learns at a time; it holds
 * how far the log has been read. Model operations (freeze, reset) take the same lock.
 */
@ApplicationScoped
@Transactional
public class Learner {

    static final int PAGE = 10_000;

    @PersistenceContext EntityManager em;
    @Inject ModelStore store;
    @Inject ElasticsearchDecisionLog log;
    @Inject EventJournal journal;
    @Inject VisitorAttribution attribution;
    @Inject io.pagewright.publishing.PublishedSnapshots snapshots;

    @Inject
    @ConfigProperty(name = "pagewright.learning.attribution-window-seconds", defaultValue = "1800")
    long windowSeconds;

    /**
     * How long a decision may take to become searchable in the decision log (bulk writes, the
     * index's refresh, a spool replayed after an outage): the learner reads decisions only this
     * much after their window has closed, so none is passed over before it is visible.
     */
    @Inject
    @ConfigProperty(name = "pagewright.learning.log-settle-seconds", defaultValue = "30")
    long settleSeconds;

    /** What a step did. */
    public record Step(int decisions, int observations, int models, Instant learnedUntil) {}

    /** Locks the learner's row; returns how far it has learned. */
    Instant lock() {
        Object until =
                em.createNativeQuery(
                                "select learned_until from learner_state where name = 'learn' for"
                                        + " update")
                        .getSingleResult();
        return ModelStore.instant(until);
    }

    /** Learns from the next decisions whose window has closed; an empty step does nothing. */
    public Step learnNext() {
        Instant from = lock();
        Duration window = Duration.ofSeconds(windowSeconds);
        Instant to = Instant.now().minus(window).minusSeconds(settleSeconds);
        // An outcome received within the window may still wait to be folded: learn only up to
        // where every event that could be an outcome is in decision_outcome.
        List<JournalEntry> unfolded = journal.inStage(EventJournal.RECEIVED, 1);
        if (!unfolded.isEmpty() && unfolded.getFirst().receivedAt().minus(window).isBefore(to)) {
            to = unfolded.getFirst().receivedAt().minus(window);
        }
        if (!to.isAfter(from)) {
            return new Step(0, 0, 0, from);
        }
        List<DecisionRecord> pages = decisions(from, to);
        Instant until = to;
        if (pages.size() == PAGE) {
            // A full page: stop before its last millisecond, which the next step reads whole.
            Instant last = pages.getLast().at();
            List<DecisionRecord> before =
                    pages.stream().filter(p -> p.at().isBefore(last)).toList();
            if (!before.isEmpty()) {
                pages = before;
                until = before.getLast().at();
            } else {
                until = last;
            }
        }
        Map<ModelStore.SlotKey, List<Observation>> batches = observations(pages, from, until);
        int observations = 0;
        for (Map.Entry<ModelStore.SlotKey, List<Observation>> batch : batches.entrySet()) {
            ModelStore.SlotKey key = batch.getKey();
            SlotModel model = restore(key.surface(), key.slot());
            boolean configured = withPublishedSettings(model);
            long before = model.current().version();
            model.learn(batch.getValue());
            if (configured || model.current().version() != before) {
                store.save(
                        model.snapshot(),
                        (configured ? "settings of the published slot; " : "")
                                + "learned from "
                                + batch.getValue().size()
                                + " decisions",
                        "learner");
            }
            observations += batch.getValue().size();
        }
        int decided = pages.size();
        em.createNativeQuery(
                        "update learner_state set learned_until = ?1, decisions = decisions + ?2,"
                                + " updated_at = ?3 where name = 'learn'")
                .setParameter(1, Timestamp.from(until))
                .setParameter(2, decided)
                .setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
        return new Step(decided, observations, batches.size(), until);
    }

    /**
     * The stored model of a slot, or a fresh one from the published slot's settings; either way
     * with the published settings, configured as a new version when they changed since.
     */
    SlotModel load(String surface, String slot) {
        SlotModel model = restore(surface, slot);
        withPublishedSettings(model);
        return model;
    }

    /** The stored model of a slot, or a fresh one from the published slot's settings. */
    private SlotModel restore(String surface, String slot) {
        return store.newest(surface, slot)
                .map(SlotModel::restore)
                .orElseGet(() -> SlotModel.create(surface, slot, publishedSettings(surface, slot)));
    }

    /** Configures the model with the published slot's settings; whether they were new to it. */
    boolean withPublishedSettings(SlotModel model) {
        BanditSettings wanted = publishedSettings(model.surface(), model.slot());
        if (model.current().settings().equals(wanted)) {
            return false;
        }
        model.configure(wanted);
        return true;
    }

    /** The settings the published slot names (the defaults for those it leaves out). */
    BanditSettings publishedSettings(String surface, String slot) {
        return snapshots
                .find(surface)
                .flatMap(s -> s.slots().stream().filter(p -> p.key().equals(slot)).findFirst())
                .map(p -> BanditSettings.from(p.strategySettings()))
                .orElse(BanditSettings.DEFAULTS);
    }

    private List<DecisionRecord> decisions(Instant from, Instant to) {
        return log.search(s ->
                s.size(PAGE)
                        .sort(o -> o.field(f -> f.field("at").order(SortOrder.Asc)))
                        .query(q ->
                                q.bool(b ->
                                        b.filter(madeBetween(from, to))
                                                .filter(f ->
                                                        f.term(t ->
                                                                t.field("slots.strategy")
                                                                        .value(
                                                                                BanditStrategy
                                                                                        .ID))))));
    }

    /** Decisions made after {@code from} and up to {@code to}. */
    static Query madeBetween(Instant from, Instant to) {
        return Query.of(q ->
                q.range(r -> r.date(d -> d.field("at").gt(from.toString()).lte(to.toString()))));
    }

    private Map<ModelStore.SlotKey, List<Observation>> observations(
            List<DecisionRecord> pages, Instant from, Instant until) {
        List<String> ids = new ArrayList<>();
        for (DecisionRecord page : pages) {
            for (DecisionRecord.Slot slot : page.slots()) {
                if (BanditStrategy.ID.equals(slot.strategy()) && !slot.features().isEmpty()) {
                    ids.add(slot.decisionId().toString());
                }
            }
        }
        Map<String, Outcome> outcomes = outcomes(ids);
        attribution.attribute(pages, from, until, Duration.ofSeconds(windowSeconds), outcomes);
        Map<ModelStore.SlotKey, List<Observation>> batches = new LinkedHashMap<>();
        for (DecisionRecord page : pages) {
            for (DecisionRecord.Slot slot : page.slots()) {
                if (!BanditStrategy.ID.equals(slot.strategy()) || slot.features().isEmpty()) {
                    continue;
                }
                int[] indices = slot.features().stream().mapToInt(Integer::intValue).toArray();
                Observation observation =
                        new Observation(
                                new FeatureVector(indices, slot.segmentCell()),
                                slot.probability(),
                                outcomes.getOrDefault(
                                        slot.decisionId().toString(), Outcome.none()));
                batches.computeIfAbsent(
                                new ModelStore.SlotKey(page.surface(), slot.slot()),
                                k -> new ArrayList<>())
                        .add(observation);
            }
        }
        return batches;
    }

    /** Per slot decision id: whether it was clicked, converted, and the revenue attributed. */
    private Map<String, Outcome> outcomes(List<String> decisionIds) {
        Map<String, boolean[]> flags = new HashMap<>();
        Map<String, Double> revenue = new HashMap<>();
        for (int i = 0; i < decisionIds.size(); i += 500) {
            List<String> chunk = decisionIds.subList(i, Math.min(decisionIds.size(), i + 500));
            List<?> rows =
                    em.createNativeQuery(
                                    "select decision_id, kind, amount from decision_outcome where"
                                            + " decision_id in (:ids)")
                            .setParameter("ids", chunk)
                            .getResultList();
            for (Object row : rows) {
                Object[] c = (Object[]) row;
                String id = (String) c[0];
                boolean[] f = flags.computeIfAbsent(id, k -> new boolean[2]);
                f[0] = true;
                if (DecisionOutcomes.CONVERSION.equals(c[1])) {
                    f[1] = true;
                    if (c[2] != null) {
                        revenue.merge(id, ((BigDecimal) c[2]).doubleValue(), Double::sum);
                    }
                }
            }
        }
        Map<String, Outcome> outcomes = new HashMap<>();
        flags.forEach((id, f) ->
                outcomes.put(id, new Outcome(f[0], f[1], revenue.getOrDefault(id, 0.0), 0.0)));
        return outcomes;
    }
}
