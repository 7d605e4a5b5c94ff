package io.pagewright.platform;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * Base of every failure the API reports on purpose. Each subclass names its status, a stable type
 * slug and a title; the detail says what happened in this request. It is a {@link
 * WebApplicationException} so the JAX-RS runtime passes it through unwrapped, even when it is
 * thrown from a message body reader.
 */
public abstract class ProblemException extends WebApplicationException {

    private final int httpStatus;
    private final String typeSlug;
    private final String title;
    private final List<FieldError> errors;

    protected ProblemException(
            int status, String typeSlug, String title, String detail, List<FieldError> errors) {
        super(detail, status);
        this.httpStatus = status;
        this.typeSlug = typeSlug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    protected ProblemException(int status, String typeSlug, String title, String detail) {
        this(status, typeSlug, title, detail, List.of());
    }

    public int status() {
        return httpStatus;
    }

    public String typeSlug() {
        return typeSlug;
    }

    public String title() {
        return title;
    }

    /** The object's current version, for version conflicts; null otherwise. */
    public Long currentVersion() {
        return null;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** This failure as the problem document a response would carry (with a fresh instance). */
    public Problem problem() {
        return Problems.problem(
                httpStatus, typeSlug, title, getMessage(), errors, null, currentVersion());
    }
}
