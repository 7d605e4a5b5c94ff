package io.pagewright.platform;

/** The addressed object does not exist (or, for resolve, has nothing published). */
public final class NotFoundProblem extends ProblemException {
    public NotFoundProblem(String typeSlug, String title, String detail) {
        super(404, typeSlug, title, detail);
    }
}
