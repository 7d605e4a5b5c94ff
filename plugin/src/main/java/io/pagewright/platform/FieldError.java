package io.pagewright.platform;

import java.util.Objects;

/**
 * One broken field of a request: its path (for example {@code slots[0].key}) and the rule it broke.
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
