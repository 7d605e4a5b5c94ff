package io.pagewright.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One broken field of a request: its path (for example {@code slots[0].key}) and the rule it broke;
 * for a mistake inside an expression (a policy predicate), the 0-based character {@code position}
 * of the offending part.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, Integer position) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
