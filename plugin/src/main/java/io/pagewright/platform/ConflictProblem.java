package io.pagewright.platform;

import java.util.List;

/**
 * The request is well-formed but conflicts with the current state (duplicate key, stale version).
 */
public final class ConflictProblem extends ProblemException {
    public ConflictProblem(String typeSlug, String title, String detail, List<FieldError> errors) {
        super(409, typeSlug, title, detail, errors);
    }

    public ConflictProblem(String typeSlug, String title, String detail) {
        this(typeSlug, title, detail, List.of());
    }
}
