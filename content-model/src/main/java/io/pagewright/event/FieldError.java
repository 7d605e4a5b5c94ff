package io.pagewright.event;

import java.util.Objects;

/**
 * One reason input was refused: the field by path ({@code events[3].value.amount}) and a message a
 * person can act on. Maps one to one to an {@code errors[]} entry of a problem+json response.
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
