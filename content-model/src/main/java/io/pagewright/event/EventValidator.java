package io.pagewright.event;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The gate in front of every profile: runs the Bean Validation constraints of the events and the
 * rules no annotation can express (some identity present, a login names its user, the acceptance
 * window), and splits a batch into accepted events and rejections by index.
 */
public final class EventValidator {

    private static final String LIST_ELEMENT = ".<list element>";

    private final Validator validator;
    private final AcceptanceWindow window;
    private final Clock clock;

    public EventValidator(Validator validator, AcceptanceWindow window, Clock clock) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public BatchValidation validate(EventBatch batch) {
        Objects.requireNonNull(batch, "batch");
        Map<Integer, List<FieldError>> byIndex = new TreeMap<>();
        List<FieldError> batchErrors = new ArrayList<>();
        for (ConstraintViolation<EventBatch> violation : validator.validate(batch)) {
            FieldError error = new FieldError(field(violation), violation.getMessage());
            Integer index = eventIndex(violation.getPropertyPath());
            if (index == null) {
                batchErrors.add(error);
            } else {
                byIndex.computeIfAbsent(index, i -> new ArrayList<>()).add(error);
            }
        }
        if (!batchErrors.isEmpty()) {
            return BatchValidation.refused(batchErrors);
        }
        Instant now = clock.instant();
        List<Event> events = batch.events();
        for (int i = 0; i < events.size(); i++) {
            List<FieldError> domainErrors = domainErrors(i, events.get(i), now);
            if (!domainErrors.isEmpty()) {
                byIndex.computeIfAbsent(i, k -> new ArrayList<>()).addAll(domainErrors);
            }
        }
        return split(events, byIndex);
    }

    private List<FieldError> domainErrors(int index, Event event, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (event == null) {
            return errors;
        }
        String prefix = "events[" + index + "].";
        if (event.occurredAt() != null) {
            window.violation(event.occurredAt(), now)
                    .ifPresent(m -> errors.add(new FieldError(prefix + "occurredAt", m)));
        }
        Identity identity = event.identity();
        if (identity != null && identity.keys().isEmpty()) {
            errors.add(
                    new FieldError(
                            prefix + "identity",
                            "must name at least one of anonymousId, userId, emailHash, deviceId"));
        }
        if (event instanceof Login && identity != null && identity.userId() == null) {
            errors.add(new FieldError(prefix + "identity.userId", "is required on a login event"));
        }
        return errors;
    }

    private static BatchValidation split(
            List<Event> events, Map<Integer, List<FieldError>> errors) {
        List<Event> accepted = new ArrayList<>();
        List<EventRejection> rejected = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            List<FieldError> own = errors.get(i);
            if (own == null) {
                accepted.add(event);
            } else {
                own.sort(Comparator.comparing(FieldError::field));
                rejected.add(new EventRejection(i, usableId(event), own));
            }
        }
        return new BatchValidation(accepted, rejected, List.of());
    }

    private static String usableId(Event event) {
        return event == null
                        || event.eventId() == null
                        || !event.eventId().matches(ExternalId.PATTERN)
                ? null
                : event.eventId();
    }

    /** The index of the event a violation is about, or null when it is about the batch itself. */
    private static Integer eventIndex(Path path) {
        Iterator<Path.Node> nodes = path.iterator();
        if (!nodes.hasNext() || !"events".equals(nodes.next().getName()) || !nodes.hasNext()) {
            return null;
        }
        return nodes.next().getIndex();
    }

    private static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replace(LIST_ELEMENT, "");
    }
}
