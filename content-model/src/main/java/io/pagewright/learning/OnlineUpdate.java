package io.pagewright.learning;

/**
 * The learning step, on a state's arrays while they are still private to the learner.
 *
 * <p>Each outcome is one step of assumed-density filtering for Bayesian linear regression with a
 * factorised Gaussian posterior (the Gaussian-likelihood form of AdPredictor, Graepel et al. 2010):
 * the exact Kalman update, projected back onto independent weights. It costs O(active features) per
 * outcome, which keeps hashed feature spaces of any size affordable.
 */
final class OnlineUpdate {

    private OnlineUpdate() {}

    static void learn(BanditSettings settings, double[] w, double[] counts, Observation o) {
        FeatureVector x = o.features();
        double mean = 0;
        double variance = 0;
        for (int j = 0; j < x.size(); j++) {
            int i = x.at(j);
            mean += w[2 * i];
            variance += w[2 * i + 1];
        }
        // importance weight 1/p, capped: a weighted outcome is one with proportionally less noise
        double importance = Math.min(1 / o.probability(), settings.importanceWeightCap());
        double predictive = settings.rewardNoise() / importance + variance;
        double error = settings.objective().reward(o.outcome()) - mean;
        for (int j = 0; j < x.size(); j++) {
            int i = x.at(j);
            double gain = w[2 * i + 1] / predictive;
            w[2 * i] += gain * error;
            w[2 * i + 1] -= w[2 * i + 1] * gain;
        }
        if (x.segmentCell() >= 0) {
            counts[x.segmentCell()] += 1;
        }
    }

    /**
     * Discounts all evidence by the half-life for {@code arriving} new outcomes: each weight's
     * precision relaxes toward the prior precision (means stay), so recent outcomes count more and
     * the model can follow drift. Returns the factor applied.
     */
    static double forget(BanditSettings settings, double[] w, double[] counts, int arriving) {
        if (settings.halfLife() == 0 || arriving == 0) {
            return 1;
        }
        double retained = Math.pow(0.5, (double) arriving / settings.halfLife());
        double priorPrecision = 1 / settings.priorVariance();
        for (int i = 0; i < counts.length; i++) {
            // untouched weights stay bit-identical to the prior, which keeps snapshots sparse
            if (w[2 * i + 1] != settings.priorVariance()) {
                double precision = 1 / w[2 * i + 1];
                w[2 * i + 1] = 1 / (priorPrecision + (precision - priorPrecision) * retained);
            }
            counts[i] *= retained;
        }
        return retained;
    }
}
