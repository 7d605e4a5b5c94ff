package io.pagewright.learning;

import java.util.List;

/**
 * One immutable version of a slot's model: a Gaussian posterior over the weight of every hashed
 * feature (a mean and a variance each; weights are treated as independent), the decayed count of
 * outcomes per segment × candidate, and the settings it was learned under. Decisions read a state
 * without locks; learning produces the next state.
 */
public final class ModelState {

    final BanditSettings settings;
    final FeatureEncoder encoder;

    /**
     * Interleaved: {@code weights[2i]} is the mean of weight i, {@code weights[2i + 1]} its
     * variance.
     */
    final double[] weights;

    /** Outcomes seen per segment × candidate slot, decayed with the half-life. */
    final double[] counts;

    private final long version;
    private final boolean frozen;
    private final double effectiveObservations;
    private final long totalObservations;

    ModelState(
            BanditSettings settings,
            FeatureEncoder encoder,
            double[] weights,
            double[] counts,
            long version,
            boolean frozen,
            double effectiveObservations,
            long totalObservations) {
        this.settings = settings;
        this.encoder = encoder;
        this.weights = weights;
        this.counts = counts;
        this.version = version;
        this.frozen = frozen;
        this.effectiveObservations = effectiveObservations;
        this.totalObservations = totalObservations;
    }

    /** The state before any evidence: every weight at its prior. */
    static ModelState prior(BanditSettings settings, long version, boolean frozen) {
        double[] weights = new double[2 * FeatureHash.DIMENSION];
        for (int i = 0; i < FeatureHash.DIMENSION; i++) {
            weights[2 * i] = priorMean(settings, i);
            weights[2 * i + 1] = settings.priorVariance();
        }
        return new ModelState(
                settings,
                new FeatureEncoder(settings.contextAttributes()),
                weights,
                new double[FeatureHash.DIMENSION],
                version,
                frozen,
                0,
                0);
    }

    /** Tag matches start ahead; every other weight starts at zero. */
    static double priorMean(BanditSettings settings, int index) {
        return switch (index) {
            case FeatureHash.INTENT_MATCH -> settings.intentMatchPrior();
            case FeatureHash.STAGE_MATCH -> settings.lifecycleMatchPrior();
            default -> 0;
        };
    }

    /** Increases with every change; logged with each decision so it can be replayed. */
    public long version() {
        return version;
    }

    /** A frozen model ignores outcomes until it is unfrozen. */
    public boolean frozen() {
        return frozen;
    }

    public BanditSettings settings() {
        return settings;
    }

    /** The encoder whose features this state scores; use it to log a decision's features. */
    public FeatureEncoder encoder() {
        return encoder;
    }

    /** Outcomes learned from, discounted by the half-life. */
    public double effectiveObservations() {
        return effectiveObservations;
    }

    /** Outcomes learned from since the last reset. */
    public long totalObservations() {
        return totalObservations;
    }

    ModelState withFrozen(boolean frozen) {
        return new ModelState(
                settings,
                encoder,
                weights,
                counts,
                version + 1,
                frozen,
                effectiveObservations,
                totalObservations);
    }

    ModelState withSettings(BanditSettings changed) {
        FeatureEncoder sameOrNew =
                changed.contextAttributes().equals(settings.contextAttributes())
                        ? encoder
                        : new FeatureEncoder(changed.contextAttributes());
        return new ModelState(
                changed,
                sameOrNew,
                weights,
                counts,
                version + 1,
                frozen,
                effectiveObservations,
                totalObservations);
    }

    /** The next state, having learned from {@code batch}; this state is left unchanged. */
    ModelState learn(List<Observation> batch) {
        double[] nextWeights = weights.clone();
        double[] nextCounts = counts.clone();
        double retained = OnlineUpdate.forget(settings, nextWeights, nextCounts, batch.size());
        for (Observation observation : batch) {
            OnlineUpdate.learn(settings, nextWeights, nextCounts, observation);
        }
        return new ModelState(
                settings,
                encoder,
                nextWeights,
                nextCounts,
                version + 1,
                frozen,
                effectiveObservations * retained + batch.size(),
                totalObservations + batch.size());
    }
}
