package io.pagewright.platform;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** A request body that is not acceptable JSON for its type, with the JSON path of the problem. */
public final class InvalidJsonException extends ProblemException {

    private InvalidJsonException(String detail, List<FieldError> errors) {
        super(
                400,
                "invalid-json",
                "Request body is not valid JSON for this operation",
                detail,
                errors);
    }

    static InvalidJsonException from(JacksonException e) {
        String path = JsonPaths.of(e.getPath());
        String message = messageFor(e);
        if (e instanceof StreamReadException && !(e instanceof MismatchedInputException)) {
            return new InvalidJsonException(
                    "The body is not well-formed JSON: " + message,
                    List.of(new FieldError(path.isEmpty() ? "$" : path, message)));
        }
        return new InvalidJsonException(
                "The body does not match the expected shape.",
                List.of(new FieldError(path.isEmpty() ? "$" : path, message)));
    }

    private static String messageFor(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException f) {
            return "value "
                    + abbreviate(String.valueOf(f.getValue()))
                    + " is not a valid "
                    + simpleName(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + simpleName(m.getTargetType()) + ": " + e.getOriginalMessage();
        }
        return e.getOriginalMessage();
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                values.append(values.isEmpty() ? "" : ", ").append(constant);
            }
            return "value (one of " + values + ")";
        }
        return switch (type.getSimpleName()) {
            case "String" -> "text";
            case "int", "Integer", "long", "Long", "short", "Short" -> "integer";
            case "BigDecimal", "double", "Double", "float", "Float" -> "number";
            case "boolean", "Boolean" -> "boolean";
            case "List", "Set", "Collection" -> "array";
            case "Map" -> "object";
            default -> "object";
        };
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? "'" + value.substring(0, 40) + "...'" : "'" + value + "'";
    }
}
