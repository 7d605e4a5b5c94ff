package io.pagewright.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The durable form of a slot's model: everything needed to restore an identical model (same
 * version, same probabilities for every request). Only weights that differ from their prior are
 * listed, so a young model's snapshot is small. Plain data: it maps to JSON as it is.
 *
 * @param dimension the size of the weight table; restoring into another size is refused
 * @param weights the weights (and segment counts) that are not at their prior, by slot
 */
public record ModelSnapshot(
        String surface,
        String slot,
        long version,
        boolean frozen,
        BanditSettings settings,
        int dimension,
        double effectiveObservations,
        long totalObservations,
        List<Weight> weights) {

    /** One slot of the weight table that has moved away from its prior. */
    public record Weight(int index, double mean, double variance, double count) {}

    public ModelSnapshot {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(settings, "settings");
        weights = List.copyOf(weights);
        if (dimension != FeatureHash.DIMENSION) {
            throw new IllegalArgumentException(
                    "snapshot has "
                            + dimension
                            + " weights; this version uses "
                            + FeatureHash.DIMENSION
                            + ": reset the model");
        }
        for (Weight w : weights) {
            if (w.index() < 0 || w.index() >= dimension || !(w.variance() > 0)) {
                throw new IllegalArgumentException("invalid weight in snapshot: " + w);
            }
        }
    }

    static ModelSnapshot of(String surface, String slot, ModelState state) {
        BanditSettings settings = state.settings;
        List<Weight> moved = new ArrayList<>();
        for (int i = 0; i < FeatureHash.DIMENSION; i++) {
            double mean = state.weights[2 * i];
            double variance = state.weights[2 * i + 1];
            double count = state.counts[i];
            if (mean != ModelState.priorMean(settings, i)
                    || variance != settings.priorVariance()
                    || count != 0) {
                moved.add(new Weight(i, mean, variance, count));
            }
        }
        return new ModelSnapshot(
                surface,
                slot,
                state.version(),
                state.frozen(),
                settings,
                FeatureHash.DIMENSION,
                state.effectiveObservations(),
                state.totalObservations(),
                moved);
    }

    ModelState toState() {
        ModelState prior = ModelState.prior(settings, version, frozen);
        for (Weight w : weights) {
            prior.weights[2 * w.index()] = w.mean();
            prior.weights[2 * w.index() + 1] = w.variance();
            prior.counts[w.index()] = w.count();
        }
        return new ModelState(
                settings,
                prior.encoder,
                prior.weights,
                prior.counts,
                version,
                frozen,
                effectiveObservations,
                totalObservations);
    }
}
