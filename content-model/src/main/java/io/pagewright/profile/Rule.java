package io.pagewright.profile;

import java.util.Objects;

/** "The value is {@code value} when {@code when} holds", e.g. intent ready-to-buy when ... */
public record Rule(String value, Condition when) {

    public Rule {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(when, "when");
    }
}
