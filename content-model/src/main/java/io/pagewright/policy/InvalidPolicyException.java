package io.pagewright.policy;

import java.util.List;
import java.util.stream.Collectors;

/** A policy document that cannot be compiled, with every mistake found in it. */
public final class InvalidPolicyException extends RuntimeException {

    private final transient List<PolicyError> errors;

    public InvalidPolicyException(List<PolicyError> errors) {
        super(errors.stream().map(PolicyError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<PolicyError> errors() {
        return errors;
    }
}
