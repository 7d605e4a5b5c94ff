package io.pagewright.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventValidatorTest {

    private static final Instant NOW = EventSamples.AT.plusSeconds(60);
    private static ValidatorFactory factory;
    private static EventValidator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator =
                new EventValidator(
                        factory.getValidator(),
                        AcceptanceWindow.DEFAULT,
                        Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    @Test
    void acceptsOneValidEventOfEachType() {
        BatchValidation result = validator.validate(new EventBatch(EventSamples.oneOfEach()));

        assertThat(result.isComplete()).isTrue();
        assertThat(result.accepted()).isEqualTo(EventSamples.oneOfEach());
    }

    @Test
    void keepsTheValidEventsAndReportsEachInvalidOneByIndexAndFieldPath() {
        List<Event> events = new ArrayList<>(EventSamples.oneOfEach().subList(0, 3));
        events.add(
                new Purchase(
                        "e-bad",
                        EventSamples.AT,
                        EventSamples.ANONYMOUS,
                        null,
                        "o-1",
                        new Money(new BigDecimal("-1"), "eur"),
                        List.of()));
        events.add(
                new Conversion(
                        "e-c", EventSamples.AT, EventSamples.ANONYMOUS, null, null, "x", null));
        events.add(null);

        BatchValidation result = validator.validate(new EventBatch(events));

        assertThat(result.accepted()).isEqualTo(events.subList(0, 3));
        assertThat(result.rejected())
                .extracting(EventRejection::index, EventRejection::eventId)
                .containsExactly(tuple(3, "e-bad"), tuple(4, "e-c"), tuple(5, null));
        assertThat(result.errors())
                .extracting(FieldError::field)
                .containsExactly(
                        "events[3].items",
                        "events[3].value.amount",
                        "events[3].value.currency",
                        "events[4].decisionId",
                        "events[5]");
    }

    @Test
    void consentNeedsAPurposeAndAStatus() {
        BatchValidation result =
                validator.validate(
                        EventBatch.of(
                                new Consent(
                                        "e-1",
                                        EventSamples.AT,
                                        EventSamples.ANONYMOUS,
                                        null,
                                        null,
                                        null)));

        assertThat(result.errors())
                .extracting(FieldError::field)
                .containsExactly("events[0].purpose", "events[0].status");
    }

    @Test
    void refusesEventsOutsideTheAcceptanceWindowWithAReason() {
        Instant tooOld = NOW.minus(Duration.ofDays(7)).minusSeconds(1);
        Instant tooFarAhead = NOW.plus(Duration.ofMinutes(5)).plusSeconds(1);
        Instant oldestAccepted = NOW.minus(Duration.ofDays(7));

        BatchValidation result =
                validator.validate(
                        EventBatch.of(
                                new Bounce("e-1", tooOld, EventSamples.ANONYMOUS, null, null),
                                new Bounce("e-2", tooFarAhead, EventSamples.ANONYMOUS, null, null),
                                new Bounce(
                                        "e-3",
                                        oldestAccepted,
                                        EventSamples.ANONYMOUS,
                                        null,
                                        null)));

        assertThat(result.accepted()).extracting(Event::eventId).containsExactly("e-3");
        assertThat(result.errors())
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple(
                                "events[0].occurredAt",
                                "is more than PT168H before the server time "
                                        + NOW
                                        + "; older events are not accepted"),
                        tuple(
                                "events[1].occurredAt",
                                "is more than PT5M after the server time "
                                        + NOW
                                        + "; check the client clock"));
    }

    @Test
    void anEventMustNameSomeoneAndALoginMustNameTheUser() {
        Identity nobody = new Identity(null, null, null, null);

        BatchValidation result =
                validator.validate(
                        EventBatch.of(
                                new Bounce("e-1", EventSamples.AT, nobody, null, null),
                                new Login("e-2", EventSamples.AT, EventSamples.ANONYMOUS, null)));

        assertThat(result.errors())
                .extracting(FieldError::field)
                .containsExactly("events[0].identity", "events[1].identity.userId");
    }

    @Test
    void refusesAnEmptyOrOversizedBatchWhole() {
        List<Event> tooMany =
                Collections.nCopies(EventBatch.MAX_EVENTS + 1, EventSamples.oneOfEach().get(0));

        BatchValidation empty = validator.validate(new EventBatch(List.of()));
        BatchValidation oversized = validator.validate(new EventBatch(tooMany));

        assertThat(empty.batchErrors())
                .containsExactly(new FieldError("events", "must hold between 1 and 100 events"));
        assertThat(oversized.accepted()).isEmpty();
        assertThat(oversized.batchErrors()).extracting(FieldError::field).containsExactly("events");
    }

    @Test
    void rejectsMalformedIdsAndHashes() {
        Identity identity = new Identity("has space", null, "NOT-A-HASH", null);

        BatchValidation result =
                validator.validate(
                        EventBatch.of(new Bounce("e 1", EventSamples.AT, identity, null, null)));

        assertThat(result.rejected()).singleElement().extracting(EventRejection::eventId).isNull();
        assertThat(result.errors())
                .extracting(FieldError::field)
                .containsExactly(
                        "events[0].eventId",
                        "events[0].identity.anonymousId",
                        "events[0].identity.emailHash");
    }
}
