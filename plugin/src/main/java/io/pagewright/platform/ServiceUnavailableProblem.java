package io.pagewright.platform;

/** A dependency (Elasticsearch, the database) is not reachable; the client may retry later. */
public final class ServiceUnavailableProblem extends ProblemException {
    public ServiceUnavailableProblem(String typeSlug, String title, String detail) {
        super(503, typeSlug, title, detail);
    }
}
