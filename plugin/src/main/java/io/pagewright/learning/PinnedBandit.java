package io.pagewright.learning;

import io.pagewright.decision.Distribution;
import io.pagewright.decision.SlotRequest;
import io.pagewright.decision.SlotStrategy;
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
    public record Trace(long modelVersion, boolean exploration, List<Integer> features, int cell) {}

    private record Asked(SlotRequest request, ModelState state, Distribution distribution) {}

    private final SlotModels models;
    private final BanditStrategy strategy;
    private final Map<String, ModelState> pinned = new HashMap<>();
    private final Map<String, Asked> last = new HashMap<>();

    public PinnedBandit(SlotModels models) {
        this.models = models;
        this.strategy = new BanditStrategy(models);
    }

    @Override
    public String id() {
        return BanditStrategy.ID;
    }

    @Override
    public Distribution distribute(SlotRequest request) {
        String slot = request.slot().key();
        ModelState state = pinned.computeIfAbsent(slot, s -> models.model(s).current());
        Distribution distribution = strategy.distribute(request, state);
        last.put(slot, new Asked(request, state, distribution));
        return distribution;
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
                        .orElseThrow();
        List<Integer> indices = java.util.Arrays.stream(features.indices()).boxed().toList();
        return Optional.of(
                new Trace(
                        asked.state().version(),
                        !leader.variant().key().equals(servedVariant),
                        indices,
                        features.segmentCell()));
    }
}
