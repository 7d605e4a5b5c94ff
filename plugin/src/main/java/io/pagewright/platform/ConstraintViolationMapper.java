package io.pagewright.platform;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures as 400 problem+json, one error per violation with the path inside the
 * request body ({@code slots[0].variants[1].key}), never the Java method and parameter names.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldError> errors =
                e.getConstraintViolations().stream()
                        .map(v -> new FieldError(ConstraintPaths.of(v), v.getMessage()))
                        .sorted(Comparator.comparing(FieldError::field))
                        .toList();
        return Problems.response(
                400,
                "validation",
                "Request is not valid",
                errors.size()
                        + (errors.size() == 1 ? " field breaks" : " fields break")
                        + " a rule; see errors.",
                errors);
    }
}
