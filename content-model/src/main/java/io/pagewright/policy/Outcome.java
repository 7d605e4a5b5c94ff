package io.pagewright.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An outcome a learner can optimize for; its wire name is the lower-case name. */
public enum Outcome {
    CLICK,
    CONVERSION,
    REVENUE,
    MARGIN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Outcome> fromWireName(String name) {
        return Arrays.stream(values()).filter(o -> o.wireName().equals(name)).findFirst();
    }
}
