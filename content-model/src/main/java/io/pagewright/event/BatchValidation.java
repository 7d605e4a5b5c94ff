package io.pagewright.event;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The outcome of validating a batch. Valid events are accepted even when others are not (events are
 * facts; dropping a good purchase because a sibling is malformed would lose it), and each refused
 * event is reported by index. A batch that is itself malformed (missing, empty, too large) is
 * refused whole: {@link #batchErrors()} is then non-empty and nothing is accepted.
 *
 * @param accepted the valid events, in batch order, duplicates included (folding ignores them)
 * @param rejected the refused events, in batch order
 * @param batchErrors errors about the batch itself rather than one of its events
 */
public record BatchValidation(
        List<Event> accepted, List<EventRejection> rejected, List<FieldError> batchErrors) {

    public BatchValidation {
        accepted = List.copyOf(Objects.requireNonNull(accepted, "accepted"));
        rejected = List.copyOf(Objects.requireNonNull(rejected, "rejected"));
        batchErrors = List.copyOf(Objects.requireNonNull(batchErrors, "batchErrors"));
        if (!batchErrors.isEmpty() && !accepted.isEmpty()) {
            throw new IllegalArgumentException("a refused batch accepts no events");
        }
    }

    static BatchValidation refused(List<FieldError> batchErrors) {
        return new BatchValidation(List.of(), List.of(), batchErrors);
    }

    /** True when every event was accepted. */
    public boolean isComplete() {
        return rejected.isEmpty() && batchErrors.isEmpty();
    }

    /** Every error with its full path, batch errors first, for a problem+json {@code errors[]}. */
    public List<FieldError> errors() {
        return Stream.concat(
                        batchErrors.stream(),
                        rejected.stream().flatMap(rejection -> rejection.errors().stream()))
                .toList();
    }
}
