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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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

    private volatile BlockingQueue<DecisionRecord> buffer;
    private DecisionSpool spool;
    private final Set<String> createdIndices = ConcurrentHashMap.newKeySet();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong spooled = new AtomicLong();
    private volatile Instant retryAfter = Instant.EPOCH;
    private volatile String lastError;
    private int failures;
    private BackgroundTask writer;
    private BackgroundTask retention;

    /** The log's state, for operators. */
    public record State(
            int buffered, long spoolFiles, long written, long spooled, String lastError) {}

    /** Starts the writer; called once the application is up. */
    public synchronized void start() {
        if (writer != null) {
            return;
        }
        spool();
        buffer = new ArrayBlockingQueue<>(bufferSize);
        writer =
                BackgroundTask.every(
                        scheduler,
                        "Decision log writer",
                        Duration.ofMillis(200),
                        Duration.ofMillis(200),
                        this::flush);
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
        if (writer != null) {
            writer.stop();
            retention.stop();
            List<DecisionRecord> rest = new ArrayList<>();
            buffer.drainTo(rest);
            spool.append(rest.stream().map(ElasticsearchDecisionLog::json).toList());
        }
    }

    @Override
    public void record(DecisionRecord decision) {
        BlockingQueue<DecisionRecord> queue = buffer;
        // Not started (yet, or an instance outliving an undeploy): the spool keeps it for the
        // writer.
        if (queue == null || !queue.offer(decision)) {
            spool().append(List.of(json(decision)));
            spooled.incrementAndGet();
        }
    }

    private synchronized DecisionSpool spool() {
        if (spool == null) {
            spool =
                    new DecisionSpool(
                            spoolDirectory
                                    .filter(d -> !d.isBlank())
                                    .map(Path::of)
                                    .orElseGet(() ->
                                            Path.of(
                                                    System.getProperty(
                                                            "jboss.server.data.dir", "."),
                                                    "pagewright",
                                                    "decision-spool")));
        }
        return spool;
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
        return new State(
                buffer == null ? 0 : buffer.size(),
                spool == null ? 0 : spool.files(),
                written.get(),
                spooled.get(),
                lastError);
    }

    /**
     * One round of the writer: spooled batches first (oldest first), then the buffer. A batch that
     * cannot be sent is spooled, never dropped.
     */
    void flush() {
        List<DecisionRecord> batch = new ArrayList<>();
        buffer.drainTo(batch, BATCH);
        List<Document> documents = batch.stream().map(Document::of).toList();
        List<String> lines = documents.stream().map(Document::json).toList();
        if (Instant.now().isBefore(retryAfter)) {
            spoolBatch(lines);
            return;
        }
        try {
            Optional<Path> oldest;
            while ((oldest = spool.oldest()).isPresent()) {
                send(spool.read(oldest.get()).stream().map(Document::parse).toList());
                spool.delete(oldest.get());
            }
        } catch (IOException | RuntimeException e) {
            spoolBatch(lines);
            failed(e);
            return;
        }
        try {
            send(documents);
            failures = 0;
            lastError = null;
        } catch (IOException | RuntimeException e) {
            spoolBatch(lines);
            failed(e);
        }
    }

    private void failed(Exception e) {
        failures++;
        lastError = e.getMessage();
        retryAfter = Instant.now().plus(backoff(failures));
        LOG.warning(() ->
                "Decision log write failed (" + failures + " in a row), spooling: " + lastError);
    }

    private void spoolBatch(List<String> lines) {
        spool.append(lines);
        spooled.addAndGet(lines.size());
    }

    private void send(List<Document> documents) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        List<BulkOperation> operations = new ArrayList<>(documents.size());
        for (Document document : documents) {
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
        written.addAndGet(documents.size());
    }

    /**
     * A decision as it is indexed and spooled: serialized once when it leaves the buffer, with the
     * day and id its index request needs, so a batch is not parsed back from its own JSON.
     */
    private record Document(Instant at, String id, String json) {

        static Document of(DecisionRecord decision) {
            return new Document(
                    decision.at(),
                    decision.pageDecisionId().toString(),
                    ElasticsearchDecisionLog.json(decision));
        }

        static Document parse(String line) {
            DecisionRecord decision = Json.DOCUMENTS.readValue(line, DecisionRecord.class);
            return new Document(decision.at(), decision.pageDecisionId().toString(), line);
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

    static Duration backoff(int failures) {
        return Duration.ofMillis(Math.min(30_000, 250L << Math.min(failures - 1, 10)));
    }

    private static String json(DecisionRecord decision) {
        return Json.DOCUMENTS.writeValueAsString(decision);
    }
}
