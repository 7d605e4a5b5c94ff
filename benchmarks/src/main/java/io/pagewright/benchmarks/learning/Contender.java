package io.pagewright.benchmarks.learning;

import io.pagewright.learning.Outcome;
import java.util.List;

/** A policy the simulator runs: it gives a distribution for a round and learns from feedback. */
interface Contender extends AutoCloseable {

    /** One decision, as the contender would log it. */
    record Feedback(Round round, int chosen, double probability, Outcome outcome, double reward) {}

    String name();

    /** The probabilities of each variant (in catalogue order) for this round. */
    double[] distribution(Round round);

    /** Learns from a micro-batch of earlier decisions. */
    void learn(List<Feedback> batch);

    @Override
    default void close() {}
}
