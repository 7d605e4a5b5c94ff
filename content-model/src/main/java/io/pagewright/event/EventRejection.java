package io.pagewright.event;

import java.util.List;
import java.util.Objects;

/**
 * An event of a batch that was refused as a whole: its position in the batch, its id when it had a
 * usable one, and every field error found.
 */
public record EventRejection(int index, String eventId, List<FieldError> errors) {

    public EventRejection {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, was " + index);
        }
        errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one error");
        }
    }
}
