package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Events as a frontend sends them, and waits for what the background consumers make of them. */
final class Events {
    private Events() {}

    static Map<String, Object> event(
            String type, Map<String, Object> identity, Instant at, Map<String, Object> fields) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("eventId", UUID.randomUUID().toString());
        event.put("occurredAt", at.toString());
        event.put("identity", identity);
        event.putAll(fields);
        return event;
    }

    static Map<String, Object> anonymous(String id) {
        return Map.of("anonymousId", id);
    }

    static Api.Reply send(Api api, List<Map<String, Object>> events) {
        return api.post("api/v1/events", Map.of("events", events));
    }

    /** Waits until every event accepted so far is folded into profiles and in Elasticsearch. */
    static void awaitConsumed(Api api) {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    JsonNode backlog = api.get("api/v1/admin/events/stats").json().get("backlog");
                    assertThat(backlog.get("toFold").asLong()).isZero();
                    assertThat(backlog.get("toShip").asLong()).isZero();
                });
    }

    /** Waits for the profile behind an identifier to satisfy the assertion, and returns it. */
    static JsonNode awaitProfile(
            Api api, String kind, String value, java.util.function.Consumer<JsonNode> check) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    Api.Reply reply = api.get("api/v1/profiles/" + kind + "/" + value);
                    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                    check.accept(reply.json());
                    last[0] = reply.json();
                });
        return last[0];
    }

    static JsonNode visitor(Api api, String kind, String value) {
        Api.Reply reply = api.get("api/v1/profiles/" + kind + "/" + value + "/visitor");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** Counts the events in Elasticsearch's daily event indices that match a query string. */
    static long countInIndex(String query) {
        Api es = new Api(System.getProperty("it.es.url") + "/");
        String pattern = System.getProperty("it.index.prefix") + "-events-*";
        es.post(pattern + "/_refresh", "");
        Api.Reply reply =
                es.post(
                        pattern + "/_count",
                        Map.of("query", Map.of("query_string", Map.of("query", query))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("count").asLong();
    }

    static long countInIndex(Map<String, Object> query) {
        Api es = new Api(System.getProperty("it.es.url") + "/");
        String pattern = System.getProperty("it.index.prefix") + "-events-*";
        es.post(pattern + "/_refresh", "");
        Api.Reply reply = es.post(pattern + "/_count", Map.of("query", query));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("count").asLong();
    }
}
