package io.pagewright.benchmarks.learning;

import io.pagewright.decision.Visitor;

/**
 * One simulated request: the visitor, the ground-truth expected reward of every variant (for
 * regret), and uniform random numbers that every contender shares (common random numbers: the same
 * visitor clicks variant a for every contender that shows a).
 */
record Round(
        int index,
        Visitor visitor,
        int intent,
        int stage,
        boolean drifted,
        double[] expectedReward,
        double uChoice,
        double uClick,
        double uConvert) {

    double best() {
        double best = Double.NEGATIVE_INFINITY;
        for (double r : expectedReward) {
            best = Math.max(best, r);
        }
        return best;
    }
}
