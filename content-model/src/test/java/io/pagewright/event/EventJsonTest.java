package io.pagewright.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Event> events() {
        return EventSamples.oneOfEach().stream();
    }

    @Test
    void theSamplesCoverEveryEventType() {
        assertThat(EventSamples.oneOfEach().stream().map(Event::type))
                .containsExactlyInAnyOrder(EventType.values());
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEventRoundTripsWithItsTypeTag(Event event) {
        String json = JSON.writeValueAsString(event);

        JsonNode tree = JSON.readTree(json);
        assertThat(tree.get("type").asString()).isEqualTo(event.type().wireName());
        assertThat(tree.get("occurredAt").asString()).isEqualTo("2026-03-02T10:15:30Z");
        assertThat(JSON.readValue(json, Event.class)).isEqualTo(event);
    }

    @Test
    void aBatchReadsTheWireFormatTheDocsShow() {
        String json =
                """
                {"events": [
                  {"type": "product_view", "eventId": "e-1", "occurredAt": "2026-03-02T10:15:30Z",
                   "identity": {"anonymousId": "c-7f3a"}, "productId": "p-100", "category": "running-shoes"},
                  {"type": "consent", "eventId": "e-2", "occurredAt": "2026-03-02T10:15:31Z",
                   "identity": {"anonymousId": "c-7f3a"}, "purpose": "personalization", "status": "withdrawn"}
                ]}
                """;

        EventBatch batch = JSON.readValue(json, EventBatch.class);

        assertThat(batch.events())
                .containsExactly(
                        new ProductView(
                                "e-1",
                                EventSamples.AT,
                                EventSamples.ANONYMOUS,
                                null,
                                "p-100",
                                "running-shoes",
                                null),
                        new Consent(
                                "e-2",
                                EventSamples.AT.plusSeconds(1),
                                EventSamples.ANONYMOUS,
                                null,
                                "personalization",
                                ConsentStatus.WITHDRAWN));
    }

    @Test
    void anUnknownTypeIsRefusedByTheReader() {
        assertThatThrownBy(() ->
                        JSON.readValue("{\"type\":\"teleport\",\"eventId\":\"e-1\"}", Event.class))
                .hasMessageContaining("teleport");
    }

    @Test
    void wireNamesAreUniqueSnakeCase() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::wireName))
                .doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[a-z]+(_[a-z]+)*"));
    }
}
