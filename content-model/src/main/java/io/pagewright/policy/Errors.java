package io.pagewright.policy;

import io.pagewright.content.Keys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** Collects the errors of one validation run, with small checks shared by every rule. */
final class Errors {

    private final List<PolicyError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(PolicyError.at(field, message));
    }

    void add(String field, String message, int position) {
        errors.add(new PolicyError(field, message, OptionalInt.of(position)));
    }

    List<PolicyError> list() {
        return List.copyOf(errors);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void key(String field, String value) {
        if (value == null) {
            add(field, "is required");
        } else if (!Keys.isValid(value)) {
            add(field, "'" + value + "' " + Keys.MESSAGE);
        }
    }

    void keys(String field, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            key(field + "[" + i + "]", values.get(i));
            if (values.get(i) != null && !seen.add(values.get(i))) {
                add(field + "[" + i + "]", "'" + values.get(i) + "' is listed twice");
            }
        }
    }

    void nonEmpty(String field, List<String> values) {
        if (values.isEmpty()) {
            add(field, "needs at least one value");
        }
        keys(field, values);
    }

    void count(String field, Integer value, boolean required) {
        if (value == null) {
            if (required) {
                add(field, "is required");
            }
        } else if (value < 0) {
            add(field, "must be 0 or more, not " + value);
        }
    }

    void present(String field, Object value) {
        if (value == null) {
            add(field, "is required");
        }
    }
}
