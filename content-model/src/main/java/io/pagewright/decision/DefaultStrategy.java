package io.pagewright.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * The control experience: the slot's default variant with probability one (or, if a rule made the
 * default ineligible, the first eligible variant). Served to the holdout, so the lift of
 * personalization can be measured against it.
 */
public final class DefaultStrategy implements SlotStrategy {

    public static final String ID = "default";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Distribution distribute(SlotRequest request) {
        List<PublishedVariant> eligible = request.eligible();
        int chosen = 0;
        for (int i = 0; i < eligible.size(); i++) {
            if (eligible.get(i).key().equals(request.slot().defaultVariant())) {
                chosen = i;
                break;
            }
        }
        List<Weighted> entries = new ArrayList<>(eligible.size());
        for (int i = 0; i < eligible.size(); i++) {
            entries.add(
                    new Weighted(
                            eligible.get(i),
                            i == chosen ? 1 : 0,
                            i == chosen ? 1.0 : 0.0,
                            i == chosen ? "the control experience" : "not the default"));
        }
        return new Distribution(entries);
    }
}
