package io.pagewright.platform;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;

/**
 * The last resort. Known failures wrapped by a container layer (a transaction interceptor, the JPA
 * provider) are unwrapped and reported as what they are; anything else is a 500 whose detail names
 * only the instance id, with the stack trace in the server log.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return new ProblemExceptionMapper().toResponse(problem);
            }
            if (t instanceof ConstraintViolationException violation) {
                return new ConstraintViolationMapper().toResponse(violation);
            }
            if (t instanceof OptimisticLockException) {
                return Problems.response(
                        409,
                        "stale-version",
                        "Someone else changed this object first",
                        "Reload the object and apply your change to its current version.",
                        List.of());
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return Problems.response(
                        409,
                        "conflict",
                        "The change conflicts with stored data",
                        "A concurrent change created the same key or removed a referenced object.",
                        List.of());
            }
        }
        return Problems.response(
                500,
                "internal",
                "Internal server error",
                "The server failed to handle the request; the instance id identifies it in the log.",
                List.of(),
                e);
    }
}
