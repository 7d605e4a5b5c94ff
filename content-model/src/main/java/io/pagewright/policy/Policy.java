package io.pagewright.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A policy document as an author wrote it: a key, a version that grows with every approved change,
 * and typed rules in the order they were written. JSON form:
 *
 * <pre>{"key": "ecommerce-homepage", "version": 3, "rules": [{"type": "discount-cap", ...}]}</pre>
 *
 * <p>Documents come from people, mistakes included, so this record and its rules keep what they are
 * given (a missing required value is {@code null}) and {@link PolicyValidator} reports every
 * mistake by its path. Only a {@link CompiledPolicy} is known to be valid.
 */
public record Policy(String key, Long version, List<Rule> rules) {

    public Policy {
        rules = rules == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(rules));
    }
}
