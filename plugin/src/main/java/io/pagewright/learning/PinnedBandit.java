package io.pagewright.learning;

import io.pagewright.decision.Distribution;
import io.pagewright.decision.SlotRequest;
import io.pagewright.decision.SlotStrategy;
import io.pagewright.decision.Visitor;
import io.pagewright.decision.Weighted;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learning strategy for one request: each slot is decided with the model state current when the
 * slot is first asked, pinned for the rest of the request, so the logged model version, the
 * probabilities and the features all refer to the same state (and the decision replays from it).
 * Not thread-safe; one per request.
 */
public final class PinnedBandit implements SlotStrategy {

    /** What the decision log keeps of a bandit decision. */
    public record Trace(
            long modelVersion,
            boolean exploration,
            List<Integer> features,
            int cell,
            String escalation) {}

    private record Asked(
            SlotRequest request, ModelState state, Distribution distribution, String escalation) {}

    private final SlotModels models;
    private final BanditStrategy strategy;
    private final Escalations escalations;
    private final Map<String, ModelState> pinned = new HashMap<>();
    private final Map<String, Asked> last = new HashMap<>();

    public PinnedBandit(SlotModels models) {
        this(models, null);
    }

    /** A bandit that escalates low-confidence segments as {@code escalations} configures. */
    public PinnedBandit(SlotModels models, Escalations escalations) {
        this.models = models;
        this.strategy = new BanditStrategy(models);
        this.escalations = escalations;
    }

    @Override
    public String id() {
        return BanditStrategy.ID;
    }

    @Override
    public Distribution distribute(SlotRequest request) {
        String slot = request.slot().key();
        ModelState state =
                pinned.computeIfAbsent(
                        slot, s -> models.model(s, request.slot().strategySettings()).current());
        Distribution distribution = strategy.distribute(request, state);
        String escalation = escalation(request, state, distribution);
        if (escalation != null) {
            String fallback = request.slot().defaultVariant();
            distribution =
                    new Distribution(
                            distribution.entries().stream()
                                    .map(w ->
                                            new Weighted(
                                                    w.variant(),
                                                    w.score(),
                                                    w.variant().key().equals(fallback) ? 1.0 : 0.0,
                                                    w.variant().key().equals(fallback)
                                                            ? "escalated: " + escalation
                                                            : "not served: the slot is escalated"))
                                    .toList());
        }
        last.put(slot, new Asked(request, state, distribution, escalation));
        return distribution;
    }

    /**
     * Why this decision goes to the slot's default instead of the bandit, or null: escalation is
     * configured for the surface, the default is eligible, people have not let the bandit decide
     * for this segment, and either they decided to keep the default or the model's confidence in
     * its leader is low (then an occurrence is counted for people to look at).
     */
    private String escalation(SlotRequest request, ModelState state, Distribution distribution) {
        if (escalations == null) {
            return null;
        }
        String surface = models.surface();
        Optional<EscalationRule> rule = escalations.rule(surface);
        boolean defaultEligible =
                request.eligible().stream()
                        .anyMatch(v -> v.key().equals(request.slot().defaultVariant()));
        if (rule.isEmpty() || !defaultEligible) {
            return null;
        }
        String slot = request.slot().key();
        String segment = segment(request.visitor());
        Optional<Escalations.Resolution> decided = escalations.resolution(surface, slot, segment);
        if (decided.isPresent()) {
            return decided.get() == Escalations.Resolution.KEEP_DEFAULT
                    ? "people decided to keep the default for " + segment
                    : null;
        }
        String leader =
                distribution.entries().stream()
                        .filter(w -> BanditStrategy.LEADER.equals(w.reason()))
                        .findFirst()
                        .orElseThrow()
                        .variant()
                        .key();
        Confidence confidence = strategy.confidence(request, state, leader, rule.get());
        if (!confidence.low()) {
            return null;
        }
        Map<String, Object> evidence = new java.util.LinkedHashMap<>();
        evidence.put("variant", confidence.variant());
        evidence.put("expectedReward", finite(confidence.expectedReward()));
        evidence.put("width", finite(confidence.width()));
        evidence.put("segmentObservations", finite(confidence.segmentObservations()));
        evidence.put("margin", finite(confidence.margin()));
        evidence.put("modelVersion", state.version());
        escalations.occurred(
                new Escalations.Key(surface, slot, segment, Escalations.LOW_CONFIDENCE),
                confidence.reasons(),
                evidence);
        return String.join("; ", confidence.reasons());
    }

    /** The visitor's segment as escalations group it: intent × lifecycle stage. */
    static String segment(Visitor visitor) {
        Object intent = visitor.attributes().get(Visitor.INTENT);
        Object stage = visitor.attributes().get(Visitor.LIFECYCLE_STAGE);
        return (intent == null ? "any intent" : intent)
                + " × "
                + (stage == null ? "any stage" : stage);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** The trace of the slot's decision for the variant served, if the bandit decided it. */
    public Optional<Trace> trace(String slot, String servedVariant) {
        Asked asked = last.get(slot);
        if (asked == null
                || asked.distribution().entries().stream()
                        .noneMatch(w -> w.variant().key().equals(servedVariant))) {
            return Optional.empty();
        }
        FeatureVector features = strategy.features(asked.request(), asked.state(), servedVariant);
        Weighted leader =
                asked.distribution().entries().stream()
                        .filter(w -> BanditStrategy.LEADER.equals(w.reason()))
                        .findFirst()
                        .orElse(asked.distribution().entries().getFirst());
        List<Integer> indices = java.util.Arrays.stream(features.indices()).boxed().toList();
        return Optional.of(
                new Trace(
                        asked.state().version(),
                        asked.escalation() == null && !leader.variant().key().equals(servedVariant),
                        indices,
                        features.segmentCell(),
                        asked.escalation()));
    }
}
