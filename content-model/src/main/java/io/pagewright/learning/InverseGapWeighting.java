package io.pagewright.learning;

/**
 * Exact choice probabilities from posterior means and spreads, in closed form.
 *
 * <p>Inverse gap weighting (Abe and Long 1999; SquareCB, Foster and Rakhlin 2020): with n
 * candidates and the leader b (highest posterior mean), every other candidate a gets {@code 1 / (n
 * + γ × gap_a)} and the leader the rest. The gap is measured between upper confidence bounds,
 * {@code gap_a = max(0, ucb_b − ucb_a)} with {@code ucb = mean + β × spread}: a candidate the model
 * knows less about than the leader (a new variant) gets the benefit of the doubt and at least a
 * uniform share, yet never the lion's share, because the leader is chosen by mean, not by bound.
 * When all spreads are alike (a fresh model) the gaps are the prior's differences in means, so
 * tag-matched variants lead. As evidence grows the spreads shrink and this becomes plain inverse
 * gap weighting; γ grows with √(effective observations), so exploration fades as the model learns.
 * Finally the exploration floor f is mixed in, {@code p ← f + (1 − n f) p}, which keeps the sum at
 * one and every candidate at or above f.
 */
final class InverseGapWeighting {

    private InverseGapWeighting() {}

    static double[] probabilities(CandidateScores scores, BanditSettings settings, double gamma) {
        double[] mean = scores.mean;
        int n = mean.length;
        int leader = scores.leader();
        double[] p = new double[n];
        double floor = Math.min(settings.explorationFloor(), 1.0 / n);
        double keep = 1 - n * floor;
        double others = 0;
        for (int a = 0; a < n; a++) {
            if (a != leader) {
                double gap = gap(scores, settings, leader, a);
                p[a] = floor + keep / (n + gamma * gap);
                others += p[a];
            }
        }
        // the leader takes exactly what is left, so the probabilities sum to one
        p[leader] = 1 - others;
        return p;
    }

    static double gap(CandidateScores scores, BanditSettings settings, int leader, int a) {
        double spreadDifference = scores.spread[leader] - scores.spread[a];
        return Math.max(
                0, scores.mean[leader] - scores.mean[a] + settings.optimism() * spreadDifference);
    }

    /** γ for a model that has learned from {@code effectiveObservations} outcomes. */
    static double gamma(BanditSettings settings, double effectiveObservations) {
        return settings.exploitation() * Math.sqrt(Math.max(1, effectiveObservations));
    }
}
