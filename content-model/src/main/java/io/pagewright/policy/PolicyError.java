package io.pagewright.policy;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One mistake in a policy document: the JSON path of the offending value (e.g. {@code
 * rules[2].when}), what is wrong in words an author can act on, and for predicate texts the 0-based
 * character position of the offending part.
 */
public record PolicyError(String field, String message, OptionalInt position) {

    public PolicyError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(position, "position");
    }

    public static PolicyError at(String field, String message) {
        return new PolicyError(field, message, OptionalInt.empty());
    }

    @Override
    public String toString() {
        return field
                + ": "
                + message
                + (position.isPresent() ? " (position " + position.getAsInt() + ")" : "");
    }
}
