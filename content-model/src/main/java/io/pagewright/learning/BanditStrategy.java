package io.pagewright.learning;

import io.pagewright.decision.Distribution;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotRequest;
import io.pagewright.decision.SlotStrategy;
import io.pagewright.decision.Weighted;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The learning strategy ({@code bandit}): a contextual bandit over hashed visitor × variant
 * features (see {@link FeatureEncoder}) with a Bayesian linear reward model per slot (see {@link
 * ModelState}) and closed-form, exact choice probabilities (see {@link InverseGapWeighting}). The
 * distribution is a pure function of the model state and the request, so a decision replays exactly
 * given the model version it was made with. docs/adr/0002-contextual-bandit.md explains the
 * choices.
 */
public final class BanditStrategy implements SlotStrategy {

    public static final String ID = "bandit";

    public static final String LEADER = "highest expected reward";
    static final String UNCERTAIN = "could still be the best: too little evidence yet";
    static final String TRAILING = "trails the best; explored in proportion to how close it is";

    private final SlotModels models;

    public BanditStrategy(SlotModels models) {
        this.models = Objects.requireNonNull(models, "models");
    }

    @Override
    public String id() {
        return ID;
    }

    /** The distribution under the slot's current model. */
    @Override
    public Distribution distribute(SlotRequest request) {
        return distribute(
                request,
                models.model(request.slot().key(), request.slot().strategySettings()).current());
    }

    /** The distribution under a pinned model state, e.g. to log its version with the decision. */
    public Distribution distribute(SlotRequest request, ModelState state) {
        List<PublishedVariant> eligible = request.eligible();
        CandidateScores scores = CandidateScores.of(state, request.visitor(), eligible);
        double gamma = InverseGapWeighting.gamma(state.settings, state.effectiveObservations());
        double[] p = InverseGapWeighting.probabilities(scores, state.settings, gamma);
        int leader = scores.leader();
        List<Weighted> entries = new ArrayList<>(eligible.size());
        for (int c = 0; c < eligible.size(); c++) {
            String reason =
                    c == leader
                            ? LEADER
                            : InverseGapWeighting.gap(scores, state.settings, leader, c) == 0
                                    ? UNCERTAIN
                                    : TRAILING;
            entries.add(new Weighted(eligible.get(c), scores.mean[c], p[c], reason));
        }
        return new Distribution(entries);
    }

    /**
     * How confident the model is in serving {@code variantKey} (usually the chosen one) for this
     * request, judged by the slot's escalation rule.
     */
    public Confidence confidence(SlotRequest request, ModelState state, String variantKey) {
        return confidence(request, state, variantKey, state.settings.escalation());
    }

    /** The same, judged by {@code rule} instead of the model's own escalation settings. */
    public Confidence confidence(
            SlotRequest request, ModelState state, String variantKey, EscalationRule rule) {
        List<PublishedVariant> eligible = request.eligible();
        int chosen = indexOf(eligible, variantKey);
        CandidateScores scores = CandidateScores.of(state, request.visitor(), eligible);
        int cell = scores.segmentCells[chosen];
        return rule.assess(
                variantKey,
                scores.mean[chosen],
                scores.width(chosen),
                cell < 0 ? 0 : state.counts[cell],
                bestMinusSecond(scores.mean));
    }

    /** The features to log with a decision, so its outcome can be learned from later. */
    public FeatureVector features(SlotRequest request, ModelState state, String variantKey) {
        PublishedVariant chosen = request.eligible().get(indexOf(request.eligible(), variantKey));
        return state.encoder.encode(request.visitor(), chosen);
    }

    private static int indexOf(List<PublishedVariant> eligible, String variantKey) {
        for (int c = 0; c < eligible.size(); c++) {
            if (eligible.get(c).key().equals(variantKey)) {
                return c;
            }
        }
        throw new IllegalArgumentException(variantKey + " is not among the eligible candidates");
    }

    /** NaN with a single candidate: there is nothing to tell apart. */
    private static double bestMinusSecond(double[] mean) {
        double best = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (double m : mean) {
            if (m > best) {
                second = best;
                best = m;
            } else if (m > second) {
                second = m;
            }
        }
        return mean.length < 2 ? Double.NaN : best - second;
    }
}
