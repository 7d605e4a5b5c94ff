package io.pagewright.platform;

/**
 * The server will not take this request now but will later: 429 when too many requests are in
 * flight, 503 when intake is closed or the backlog is too old. Rendered with {@code Retry-After}.
 */
public final class OverloadProblem extends ProblemException {

    private final long retryAfterSeconds;

    public OverloadProblem(
            int status, String typeSlug, String title, String detail, long retryAfterSeconds) {
        super(status, typeSlug, title, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
