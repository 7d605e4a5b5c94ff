package io.pagewright.platform;

import io.pagewright.content.Violation;
import java.util.Comparator;
import java.util.List;

/** 400: the request breaks domain rules; every violation is listed with its path in the body. */
public final class ValidationProblem extends ProblemException {
    public ValidationProblem(List<Violation> violations) {
        super(
                400,
                "validation",
                "Request is not valid",
                violations.size()
                        + (violations.size() == 1 ? " field breaks" : " fields break")
                        + " a rule; see errors.",
                violations.stream()
                        .map(v -> new FieldError(v.path(), v.message()))
                        .sorted(Comparator.comparing(FieldError::field))
                        .toList());
    }
}
