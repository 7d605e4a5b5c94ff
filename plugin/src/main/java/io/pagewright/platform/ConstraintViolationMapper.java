package io.pagewright.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
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
                        .map(v -> new FieldError(fieldOf(v), v.getMessage()))
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

    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder out = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                out.append('[').append(node.getKey()).append(']');
            }
            if (kind == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(node.getName());
        }
        if (out.isEmpty()) {
            return parameter == null ? "$" : parameter;
        }
        return out.toString();
    }
}
