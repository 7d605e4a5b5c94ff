package io.pagewright.platform;

/** The caller is known but may not do this; the detail names the rule that forbids it. */
public final class ForbiddenProblem extends ProblemException {
    public ForbiddenProblem(String typeSlug, String title, String detail) {
        super(403, typeSlug, title, detail);
    }
}
