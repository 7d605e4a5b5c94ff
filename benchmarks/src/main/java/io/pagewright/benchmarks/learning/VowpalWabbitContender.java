package io.pagewright.benchmarks.learning;

import io.pagewright.content.Offer;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.Visitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vowpalWabbit.learner.VWActionProbsLearner;
import vowpalWabbit.learner.VWLearners;
import vowpalWabbit.responses.ActionProb;

/**
 * Vowpal Wabbit's contextual bandit ({@code --cb_explore_adf}) through its JNI binding. The shared
 * line carries the visitor attributes (namespace U), each action line the variant's key, type, tags
 * and offer (namespace A); {@code -q UA} crosses every visitor feature with every variant feature,
 * a superset of the crosses Pagewright's encoder makes. Cost is minus the reward.
 */
final class VowpalWabbitContender implements Contender {

    private final String name;
    private final VWActionProbsLearner vw;
    private final String[] actions;

    VowpalWabbitContender(String name, String arguments, List<PublishedVariant> variants) {
        this.name = name;
        this.vw = VWLearners.create(arguments + " --quiet");
        this.actions = variants.stream().map(VowpalWabbitContender::action).toArray(String[]::new);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double[] distribution(Round round) {
        double[] p = new double[actions.length];
        for (ActionProb ap : vw.predict(example(round.visitor(), -1, 0, 0)).getActionProbs()) {
            p[ap.getAction()] = ap.getProbability();
        }
        return normalised(p); // VW returns floats; the simulator samples from what it is given
    }

    @Override
    public void learn(List<Feedback> batch) {
        for (Feedback f : batch) {
            vw.learn(example(f.round().visitor(), f.chosen(), -f.reward(), f.probability()));
        }
    }

    @Override
    public void close() {
        try {
            vw.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String[] example(Visitor visitor, int chosen, double cost, double probability) {
        String[] lines = new String[actions.length + 1];
        lines[0] = "shared |U " + visitorFeatures(visitor.attributes());
        for (int a = 0; a < actions.length; a++) {
            lines[a + 1] =
                    a == chosen ? "0:" + cost + ":" + probability + " " + actions[a] : actions[a];
        }
        return lines;
    }

    private static String visitorFeatures(Map<String, Object> attributes) {
        return attributes.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    private static String action(PublishedVariant v) {
        StringBuilder line =
                new StringBuilder("|A arm=")
                        .append(v.key())
                        .append(" type=")
                        .append(v.componentType());
        v.intents().stream().sorted().forEach(t -> line.append(" intentTag=").append(t));
        v.lifecycleStages().stream().sorted().forEach(t -> line.append(" stageTag=").append(t));
        v.categories().stream().sorted().forEach(t -> line.append(" category=").append(t));
        v.offer().ifPresent(o -> appendOffer(line, o));
        return line.toString();
    }

    private static void appendOffer(StringBuilder line, Offer o) {
        line.append(" offer=").append(o.type());
        if (o.discountPercent() != null) {
            line.append(" discount=").append(o.discountPercent().intValue());
        }
        if (o.marginClass() != null) {
            line.append(" margin=").append(o.marginClass());
        }
    }

    private static double[] normalised(double[] p) {
        double sum = 0;
        for (double x : p) {
            sum += x;
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
