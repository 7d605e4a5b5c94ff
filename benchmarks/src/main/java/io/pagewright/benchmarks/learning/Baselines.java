package io.pagewright.benchmarks.learning;

import java.util.Arrays;
import java.util.List;

/** The simple baselines: uniform random, best fixed variant in hindsight, epsilon-greedy. */
final class Baselines {

    private Baselines() {}

    /** Every variant equally often. */
    static Contender uniform(int k) {
        double[] p = new double[k];
        Arrays.fill(p, 1.0 / k);
        return new Fixed("uniform random", p);
    }

    /** The single variant with the highest total expected reward over the run: an oracle. */
    static Contender bestFixed(List<Round> stream, int k) {
        double[] total = new double[k];
        for (Round round : stream) {
            for (int a = 0; a < k; a++) {
                total[a] += round.expectedReward()[a];
            }
        }
        int best = 0;
        for (int a = 1; a < k; a++) {
            best = total[a] > total[best] ? a : best;
        }
        double[] p = new double[k];
        p[best] = 1;
        return new Fixed("best fixed variant (hindsight)", p);
    }

    private record Fixed(String name, double[] probabilities) implements Contender {
        @Override
        public double[] distribution(Round round) {
            return probabilities;
        }

        @Override
        public void learn(List<Feedback> batch) {}
    }

    /**
     * Epsilon-greedy over a table of mean rewards per segment (intent × lifecycle stage) × variant;
     * untried cells count as the best possible reward so each is tried once.
     */
    static final class EpsilonGreedy implements Contender {
        private final double epsilon;
        private final int k;
        private final double[][] sum;
        private final double[][] count;

        EpsilonGreedy(double epsilon, int k) {
            this.epsilon = epsilon;
            this.k = k;
            int segments = SimulatedWorld.INTENTS.size() * SimulatedWorld.STAGES.size();
            sum = new double[segments][k];
            count = new double[segments][k];
        }

        @Override
        public String name() {
            return "epsilon-greedy (ε=" + epsilon + ", per segment)";
        }

        @Override
        public double[] distribution(Round round) {
            int s = segment(round);
            int greedy = 0;
            double bestMean = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < k; a++) {
                double mean = count[s][a] == 0 ? Double.MAX_VALUE : sum[s][a] / count[s][a];
                if (mean > bestMean) {
                    bestMean = mean;
                    greedy = a;
                }
            }
            double[] p = new double[k];
            Arrays.fill(p, epsilon / k);
            p[greedy] += 1 - epsilon;
            return p;
        }

        @Override
        public void learn(List<Feedback> batch) {
            for (Feedback f : batch) {
                int s = segment(f.round());
                sum[s][f.chosen()] += f.reward();
                count[s][f.chosen()] += 1;
            }
        }

        private static int segment(Round round) {
            return round.intent() * SimulatedWorld.STAGES.size() + round.stage();
        }
    }
}
