package io.pagewright.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic tag matching: the variant whose tags best match the visitor's intent (worth two
 * points) and lifecycle stage (one point) wins with probability one; ties go to the earlier
 * variant. With no match at all, the slot's default variant wins (if it is eligible; else the first
 * one).
 */
public final class RulesStrategy implements SlotStrategy {

    public static final String ID = "rules";
    private static final int INTENT_WEIGHT = 2;
    private static final int LIFECYCLE_WEIGHT = 1;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Distribution distribute(SlotRequest request) {
        Visitor visitor = request.visitor();
        List<PublishedVariant> eligible = request.eligible();
        int[] scores = new int[eligible.size()];
        List<List<String>> matches = new ArrayList<>(eligible.size());
        int best = -1;
        for (int i = 0; i < eligible.size(); i++) {
            PublishedVariant variant = eligible.get(i);
            List<String> matched = new ArrayList<>(2);
            if (visitor.intent().filter(variant.intents()::contains).isPresent()) {
                scores[i] += INTENT_WEIGHT;
                matched.add("intent:" + visitor.intent().get());
            }
            if (visitor.lifecycleStage().filter(variant.lifecycleStages()::contains).isPresent()) {
                scores[i] += LIFECYCLE_WEIGHT;
                matched.add("lifecycle:" + visitor.lifecycleStage().get());
            }
            matches.add(matched);
            if (scores[i] > 0 && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        boolean fallback = best < 0;
        if (fallback) {
            best = defaultIndex(request);
        }
        List<Weighted> entries = new ArrayList<>(eligible.size());
        for (int i = 0; i < eligible.size(); i++) {
            String reason;
            if (i != best) {
                reason = scores[i] == 0 ? "no tag match" : "weaker tag match";
            } else if (fallback) {
                reason =
                        "no variant matches the visitor's intent or lifecycle stage; serving the default";
            } else {
                reason = "best tag match (" + String.join(", ", matches.get(i)) + ")";
            }
            entries.add(new Weighted(eligible.get(i), scores[i], i == best ? 1.0 : 0.0, reason));
        }
        return new Distribution(entries);
    }

    private static int defaultIndex(SlotRequest request) {
        List<PublishedVariant> eligible = request.eligible();
        for (int i = 0; i < eligible.size(); i++) {
            if (eligible.get(i).key().equals(request.slot().defaultVariant())) {
                return i;
            }
        }
        return 0;
    }
}
