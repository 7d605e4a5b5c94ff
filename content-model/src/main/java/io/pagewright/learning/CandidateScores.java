package io.pagewright.learning;

import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.Visitor;
import java.util.List;

/**
 * The model's view of each eligible candidate for one request: the posterior mean of its reward and
 * the posterior standard deviation of the part of that mean that is specific to it (the features
 * all candidates share shift every candidate alike and cannot change the ranking).
 */
final class CandidateScores {

    private static final int SCRATCH = 64;

    final double[] mean;
    final double[] spread;
    final double sharedVariance;
    final int[] segmentCells;

    private CandidateScores(int size, double sharedVariance) {
        mean = new double[size];
        spread = new double[size];
        segmentCells = new int[size];
        this.sharedVariance = sharedVariance;
    }

    /** Hot path: integer hashing and two array reads per active feature, no boxing. */
    static CandidateScores of(ModelState state, Visitor visitor, List<PublishedVariant> eligible) {
        FeatureEncoder encoder = state.encoder;
        double[] w = state.weights;
        VisitorFeatures v = encoder.visitor(visitor);
        double sharedMean = 0;
        double sharedVariance = 0;
        for (int i : v.shared) {
            sharedMean += w[2 * i];
            sharedVariance += w[2 * i + 1];
        }
        CandidateScores scores = new CandidateScores(eligible.size(), sharedVariance);
        int[] active = new int[SCRATCH];
        for (int c = 0; c < eligible.size(); c++) {
            VariantFeatures a = encoder.variant(eligible.get(c));
            int capacity = FeatureEncoder.capacity(v, a);
            if (capacity > active.length) {
                active = new int[capacity];
            }
            int n = FeatureEncoder.candidate(v, a, active, 0);
            double m = sharedMean;
            double variance = 0;
            for (int j = 0; j < n; j++) {
                int i = active[j];
                m += w[2 * i];
                variance += w[2 * i + 1];
            }
            scores.mean[c] = m;
            scores.spread[c] = Math.sqrt(variance);
            scores.segmentCells[c] = FeatureEncoder.segmentCell(v, a);
        }
        return scores;
    }

    /** The index of the highest mean; the earliest on ties. */
    int leader() {
        int best = 0;
        for (int c = 1; c < mean.length; c++) {
            if (mean[c] > mean[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The full posterior standard deviation of candidate {@code c}'s expected reward. */
    double width(int c) {
        return Math.sqrt(spread[c] * spread[c] + sharedVariance);
    }
}
