package io.pagewright.platform;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds problem+json responses and logs each under its instance id. */
final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {}

    static Response response(
            int status, String typeSlug, String title, String detail, List<FieldError> errors) {
        return response(status, typeSlug, title, detail, errors, null);
    }

    static Response response(
            int status,
            String typeSlug,
            String title,
            String detail,
            List<FieldError> errors,
            Throwable cause) {
        return response(status, typeSlug, title, detail, errors, cause, null);
    }

    static Response response(
            int status,
            String typeSlug,
            String title,
            String detail,
            List<FieldError> errors,
            Throwable cause,
            Long currentVersion) {
        Problem problem = problem(status, typeSlug, title, detail, errors, cause, currentVersion);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A problem document with a fresh instance id, which is also written to the log. */
    static Problem problem(
            int status,
            String typeSlug,
            String title,
            String detail,
            List<FieldError> errors,
            Throwable cause,
            Long currentVersion) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        Level level = status >= 500 ? Level.SEVERE : Level.FINE;
        LOG.log(level, instance + " " + status + " " + typeSlug + ": " + detail, cause);
        return new Problem(
                Problem.TYPE_BASE + typeSlug,
                title,
                status,
                detail,
                instance,
                errors,
                currentVersion);
    }
}
