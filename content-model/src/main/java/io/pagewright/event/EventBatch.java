package io.pagewright.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The events one request carries, at most {@value #MAX_EVENTS}, in the order the client sent. */
public record EventBatch(
        @NotNull @Size(min = 1, max = MAX_EVENTS, message = "must hold between 1 and {max} events")
                List<@NotNull @Valid Event> events) {

    public static final int MAX_EVENTS = 100;

    public EventBatch {
        // Null elements are kept so that validation can report them by index.
        events = events == null ? null : Collections.unmodifiableList(new ArrayList<>(events));
    }

    public static EventBatch of(Event... events) {
        return new EventBatch(List.of(events));
    }
}
