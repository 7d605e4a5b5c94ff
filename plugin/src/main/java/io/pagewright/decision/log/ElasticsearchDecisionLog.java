package io.pagewright.decision.log;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.BinaryData;
import io.pagewright.decision.DecisionLog;
import io.pagewright.decision.DecisionRecord;
import io.pagewright.platform.BackgroundTask;
import io.pagewright.platform.Json;
import io.pagewright.platform.PagewrightConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The decision log in Elasticsearch, one index per day ({@code <prefix>-decisions-yyyy.MM.dd}).
 * {@link #record} only puts the decision in a bounded in-memory buffer; a writer sends the buffer
 * in bulk every 200 ms. When Elasticsearch refuses or cannot be reached, the batch goes to a spool
 * of files on local disk and is resent, oldest first, once it is back; when the buffer is full the
 * decision is spooled directly. Documents are indexed under their page decision id, so a resend
 * never duplicates one.
 */
@ApplicationScoped
public class ElasticsearchDecisionLog implements DecisionLog {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy.MM.dd");
    private static final Logger LOG = Logger.getLogger(ElasticsearchDecisionLog.class.getName());
    private static final int BATCH = 2000;
    // Elasticsearch refuses a bulk that holds more than a tenth of its heap (indexing pressure).
    private static final long MAX_BULK_BYTES = 4 * 1024 * 1024;
    private static final String MAPPING =
            """
            {
              "dynamic": false,
              "properties": {
                "pageDecisionId": { "type": "keyword" },
                "at":             { "type": "date" },
                "surface":        { "type": "keyword" },
                "channel":        { "type": "keyword" },
                "visitorHash":    { "type": "keyword" },
                "fallbackReason": { "type": "keyword" },
                "latencyMicros":  { "type": "long" },
                "holdout":        { "type": "boolean" },
                "served":         { "type": "keyword" },
                "visitor": {
                  "properties": {
                    "intent":         { "type": "keyword" },
                    "lifecycleStage": { "type": "keyword" }
                  }
                },
                "slots": {
                  "properties": {
                    "decisionId":   { "type": "keyword" },
                    "slot":         { "type": "keyword" },
                    "variant":      { "type": "keyword" },
                    "strategy":     { "type": "keyword" },
                    "probability":  { "type": "double" },
                    "isDefault":    { "type": "boolean" },
                    "exploration":  { "type": "boolean" },
                    "modelVersion": { "type": "keyword" }
                  }
                }
              }
            }
            """;

    @Inject ElasticsearchClient client;
    @Inject PagewrightConfig config;
    @Resource ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "pagewright.decisions.buffer", defaultValue = "20000")
    int bufferSize;

    @Inject
    @ConfigProperty(name = "pagewright.decisions.retention-days", defaultValue = "90")
    int retentionDays;

    @Inject
    @ConfigProperty(name = "pagewright.decisions.spool-dir")
    Optional<String> spoolDirectory;

    private final Set<String> createdIndices = ConcurrentHashMap.newKeySet();
    private DecisionWriter writer;
    private BackgroundTask writing;
    private BackgroundTask retention;

    /** The log's state, for operators. */
    public record State(
            int buffered, long spoolFiles, long written, long spooled, String lastError) {}

    /** Starts the writer; called once the application is up. */
    public synchronized void start() {
        if (writing != null) {
            return;
        }
        DecisionWriter started = writer();
        writing =
                BackgroundTask.every(
                        scheduler,
                        "Decision log writer",
                        Duration.ofMillis(200),
                        Duration.ofMillis(200),
                        started::flush);
        retention =
                BackgroundTask.every(
                        scheduler,
                        "Decision log retention",
                        Duration.ofMinutes(1),
                        Duration.ofHours(1),
                        this::deleteExpired);
    }

    @PreDestroy
    synchronized void stop() {
        if (writing != null) {
            writing.stop();
            retention.stop();
            writer.spoolBuffered();
        }
    }

    /** Buffers the decision; before {@link #start()} the buffer waits for the writer. */
    @Override
    public void record(DecisionRecord decision) {
        writer().record(decision);
    }

    private synchronized DecisionWriter writer() {
        if (writer == null) {
            Path spool =
                    spoolDirectory
                            .filter(d -> !d.isBlank())
                            .map(Path::of)
                            .orElseGet(() ->
                                    Path.of(
                                            System.getProperty("jboss.server.data.dir", "."),
                                            "pagewright",
                                            "decision-spool"));
            writer =
                    new DecisionWriter(
                            bufferSize,
                            spool,
                            new Codec(),
                            this::send,
                            BATCH,
                            MAX_BULK_BYTES,
                            Duration.ofSeconds(2),
                            Clock.systemUTC());
        }
        return writer;
    }

    @Override
    public Optional<DecisionRecord> find(UUID decisionId) {
        String id = decisionId.toString();
        return search(s ->
                        s.size(1)
                                .query(q ->
                                        q.bool(b ->
                                                b.should(t ->
                                                                t.term(m ->
                                                                        m.field("pageDecisionId")
                                                                                .value(id)))
                                                        .should(t ->
                                                                t.term(m ->
                                                                        m.field("slots.decisionId")
                                                                                .value(id)))
                                                        .minimumShouldMatch("1"))))
                .stream()
                .findFirst();
    }

    @Override
    public List<DecisionRecord> recent(String visitorHash, int limit) {
        return search(s ->
                s.size(limit)
                        .sort(o -> o.field(f -> f.field("at").order(SortOrder.Desc)))
                        .query(q -> q.term(t -> t.field("visitorHash").value(visitorHash))));
    }

    /**
     * Page decisions of every daily index that {@code request} selects (size, sort, query), as they
     * were recorded; 503 {@code decision-log-unavailable} when Elasticsearch does not answer.
     */
    public List<DecisionRecord> search(
            Function<SearchRequest.Builder, SearchRequest.Builder> request) {
        try {
            SearchResponse<JsonData> response =
                    client.search(
                            s ->
                                    request.apply(
                                            s.index(config.indexPrefix() + "-decisions-*")
                                                    .allowNoIndices(true)
                                                    .ignoreUnavailable(true)),
                            JsonData.class);
            return response.hits().hits().stream()
                    .map(hit ->
                            Json.DOCUMENTS.readValue(
                                    hit.source().toJson().toString(), DecisionRecord.class))
                    .toList();
        } catch (IOException | ElasticsearchException e) {
            throw new io.pagewright.platform.ServiceUnavailableProblem(
                    "decision-log-unavailable",
                    "The decision log cannot be read now",
                    "Elasticsearch did not answer: " + e.getMessage());
        }
    }

    public State state() {
        DecisionWriter.State state = writer().state();
        return new State(
                state.buffered(),
                state.spoolFiles(),
                state.written(),
                state.spooled(),
                state.lastError());
    }

    private void send(List<DecisionWriter.Document> documents) throws IOException {
        List<BulkOperation> operations = new ArrayList<>(documents.size());
        for (DecisionWriter.Document document : documents) {
            String index = indexFor(document.at());
            byte[] bytes = document.json().getBytes(StandardCharsets.UTF_8);
            operations.add(
                    BulkOperation.of(b ->
                            b.index(i ->
                                    i.index(index)
                                            .id(document.id())
                                            .document(BinaryData.of(bytes, "application/json")))));
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        if (response.errors()) {
            throw new IOException(
                    "bulk write of "
                            + documents.size()
                            + " decisions had errors: "
                            + response.items().stream()
                                    .filter(i -> i.error() != null)
                                    .map(i -> i.error().reason())
                                    .findFirst()
                                    .orElse(""));
        }
    }

    /** Decisions as JSON documents, indexed under their page decision id. */
    private static final class Codec implements DecisionWriter.Codec {

        @Override
        public DecisionWriter.Document encode(DecisionRecord decision) {
            return new DecisionWriter.Document(
                    decision.at(),
                    decision.pageDecisionId().toString(),
                    Json.DOCUMENTS.writeValueAsString(decision));
        }

        @Override
        public DecisionWriter.Document decode(String line) {
            DecisionRecord decision = Json.DOCUMENTS.readValue(line, DecisionRecord.class);
            return new DecisionWriter.Document(
                    decision.at(), decision.pageDecisionId().toString(), line);
        }
    }

    private String indexFor(Instant at) throws IOException {
        String index = config.indexPrefix() + "-decisions-" + DAY.format(at.atZone(ZoneOffset.UTC));
        if (createdIndices.add(index)) {
            try {
                client.indices()
                        .create(c ->
                                c.index(index)
                                        .mappings(m -> m.withJson(new StringReader(MAPPING))));
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    createdIndices.remove(index);
                    throw e;
                }
                // made by an earlier version: it learns the fields added since (new documents on)
                client.indices()
                        .putMapping(p -> p.index(index).withJson(new StringReader(MAPPING)));
            } catch (IOException | RuntimeException e) {
                createdIndices.remove(index);
                throw e;
            }
        }
        return index;
    }

    /** Deletes daily indices older than the retention period. */
    void deleteExpired() {
        try {
            String prefix = config.indexPrefix() + "-decisions-";
            LocalDate oldest = LocalDate.now(ZoneOffset.UTC).minusDays(retentionDays);
            for (String index :
                    client.indices()
                            .get(g -> g.index(prefix + "*").allowNoIndices(true))
                            .result()
                            .keySet()) {
                LocalDate day = LocalDate.parse(index.substring(prefix.length()), DAY);
                if (day.isBefore(oldest)) {
                    client.indices().delete(d -> d.index(index));
                    createdIndices.remove(index);
                    LOG.info("Deleted expired decision index " + index);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Decision retention check failed: " + e.getMessage());
        }
    }
}
