package io.pagewright.policy;

import io.pagewright.platform.FieldError;
import io.pagewright.platform.ProblemException;
import java.util.Comparator;
import java.util.List;

/**
 * 400: a policy document breaks rules; every error names its JSON path and, inside a predicate, the
 * character position of the offending part.
 */
public final class PolicyValidationProblem extends ProblemException {
    public PolicyValidationProblem(List<PolicyError> errors) {
        super(
                400,
                "validation",
                "Request is not valid",
                errors.size()
                        + (errors.size() == 1 ? " field breaks" : " fields break")
                        + " a rule; see errors.",
                errors.stream()
                        .map(e ->
                                new FieldError(
                                        e.field(),
                                        e.message(),
                                        e.position().isPresent() ? e.position().getAsInt() : null))
                        .sorted(Comparator.comparing(FieldError::field))
                        .toList());
    }
}
