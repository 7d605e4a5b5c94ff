package io.pagewright.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.pagewright.event.IdentityKey;
import io.pagewright.event.IdentityKind;
import io.pagewright.platform.Json;
import io.pagewright.platform.PagewrightConfig;
import io.pagewright.profile.store.JournalEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Accepted events in Elasticsearch, one index per day of occurrence ({@code
 * <prefix>-events-2026.11.24}) created from an index template, for analytics, learning and audit.
 * Documents are the events' JSON with the event id as document id, so shipping twice is harmless.
 * The minimal server has no ILM and no delete-by-query: retention deletes whole daily indices, and
 * erasing a person searches their event ids and deletes them by id.
 */
@ApplicationScoped
public class ElasticsearchEventIndex {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy.MM.dd");
    private static final int ERASE_PAGE = 1000;
    private static final Map<IdentityKind, String> FIELDS = new EnumMap<>(IdentityKind.class);

    static {
        FIELDS.put(IdentityKind.ANONYMOUS, "identity.anonymousId");
        FIELDS.put(IdentityKind.USER, "identity.userId");
        FIELDS.put(IdentityKind.EMAIL_HASH, "identity.emailHash");
        FIELDS.put(IdentityKind.DEVICE, "identity.deviceId");
    }

    @Inject ElasticsearchClient client;
    @Inject PagewrightConfig config;

    private volatile boolean templateReady;

    /** The pattern every daily index matches. */
    public String pattern() {
        return config.indexPrefix() + "-events-*";
    }

    /** The index an event occurring on this day goes to. */
    public String indexFor(LocalDate day) {
        return config.indexPrefix() + "-events-" + DAY.format(day);
    }

    /** Indexes the entries (those with a document) in one bulk request; fails if any item fails. */
    public void store(List<JournalEntry> entries) throws IOException {
        ensureTemplate();
        StringBuilder body = new StringBuilder(entries.size() * 400);
        int documents = 0;
        for (JournalEntry entry : entries) {
            if (entry.document() == null) {
                continue;
            }
            String index = indexFor(LocalDate.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
            body.append("{\"index\":{\"_index\":")
                    .append(Json.MAPPER.writeValueAsString(index))
                    .append(",\"_id\":")
                    .append(Json.MAPPER.writeValueAsString(entry.eventId()))
                    .append("}}\n")
                    .append(entry.document())
                    .append('\n');
            documents++;
        }
        if (documents > 0) {
            bulk(body.toString(), false);
        }
    }

    /** Deletes every event carrying any of these identifiers, in every daily index. */
    public int eraseEventsOf(Collection<IdentityKey> keys) throws IOException {
        if (keys.isEmpty()) {
            return 0;
        }
        perform("POST", "/" + pattern() + "/_refresh", null);
        int deleted = 0;
        while (true) {
            JsonNode hits =
                    perform("POST", "/" + pattern() + "/_search", eraseQuery(keys))
                            .path("hits")
                            .path("hits");
            if (hits.isEmpty()) {
                return deleted;
            }
            StringBuilder body = new StringBuilder();
            for (JsonNode hit : hits) {
                body.append("{\"delete\":{\"_index\":")
                        .append(Json.MAPPER.writeValueAsString(hit.path("_index").asString()))
                        .append(",\"_id\":")
                        .append(Json.MAPPER.writeValueAsString(hit.path("_id").asString()))
                        .append("}}\n");
            }
            bulk(body.toString(), true);
            deleted += hits.size();
        }
    }

    /** The daily event indices and their day, oldest first. */
    public Map<String, LocalDate> dailyIndices() throws IOException {
        JsonNode indices =
                perform("GET", "/" + pattern() + "/_settings/index.number_of_shards", null);
        Map<String, LocalDate> days = new java.util.TreeMap<>();
        String prefix = config.indexPrefix() + "-events-";
        for (String name : indices.propertyNames()) {
            parseDay(name.substring(Math.min(prefix.length(), name.length())))
                    .ifPresent(day -> days.put(name, day));
        }
        return days;
    }

    /** Deletes one daily index. */
    public void deleteIndex(String name) throws IOException {
        perform("DELETE", "/" + name, null);
    }

    static Optional<LocalDate> parseDay(String suffix) {
        try {
            return Optional.of(LocalDate.parse(suffix, DAY));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void ensureTemplate() throws IOException {
        if (templateReady) {
            return;
        }
        String template =
                """
                {"index_patterns": [%s], "priority": 200,
                 "template": {
                   "settings": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "5s"},
                   "mappings": {"dynamic": false, "properties": {
                     "eventId": {"type": "keyword"}, "type": {"type": "keyword"},
                     "occurredAt": {"type": "date"}, "sessionId": {"type": "keyword"},
                     "productId": {"type": "keyword"},
                     "items": {"properties": {"productId": {"type": "keyword"}}},
                     "identity": {"properties": {
                       "anonymousId": {"type": "keyword"}, "userId": {"type": "keyword"},
                       "emailHash": {"type": "keyword"}, "deviceId": {"type": "keyword"}}}}}}}
                """
                        .formatted(Json.MAPPER.writeValueAsString(pattern()));
        perform("PUT", "/_index_template/" + config.indexPrefix() + "-events", template);
        // indices made by an earlier version learn the product ids too (new documents on)
        perform(
                "PUT",
                "/"
                        + config.indexPrefix()
                        + "-events-*/_mapping?allow_no_indices=true&ignore_unavailable=true",
                """
                {"properties": {"productId": {"type": "keyword"},
                                "items": {"properties": {"productId": {"type": "keyword"}}}}}
                """);
        templateReady = true;
    }

    private static String eraseQuery(Collection<IdentityKey> keys) {
        Map<String, List<String>> byField = new java.util.TreeMap<>();
        for (IdentityKey key : keys) {
            byField.computeIfAbsent(FIELDS.get(key.kind()), f -> new ArrayList<>())
                    .add(key.value());
        }
        List<Map<String, Object>> should = new ArrayList<>();
        byField.forEach((field, values) -> should.add(Map.of("terms", Map.of(field, values))));
        return Json.MAPPER.writeValueAsString(
                Map.of(
                        "size",
                        ERASE_PAGE,
                        "_source",
                        false,
                        "query",
                        Map.of("bool", Map.of("should", should, "minimum_should_match", 1))));
    }

    private void bulk(String ndjson, boolean refresh) throws IOException {
        JsonNode result = perform("POST", "/_bulk" + (refresh ? "?refresh=true" : ""), ndjson);
        if (result.path("errors").asBoolean(false)) {
            for (JsonNode item : result.path("items")) {
                JsonNode outcome = item.values().iterator().next();
                int status = outcome.path("status").asInt();
                // A delete of a document that is already gone is what we wanted.
                if (status >= 300 && !(status == 404 && item.has("delete"))) {
                    throw new IOException(
                            "bulk item failed with " + status + ": " + outcome.path("error"));
                }
            }
        }
    }

    private JsonNode perform(String method, String path, String body) throws IOException {
        Request request = new Request(method, path);
        if (body != null) {
            request.setEntity(new NStringEntity(body, ContentType.APPLICATION_JSON));
        }
        Response response = rest().performRequest(request);
        try (InputStream in = response.getEntity().getContent()) {
            return Json.MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private RestClient rest() {
        return ((RestClientTransport) client._transport()).restClient();
    }
}
