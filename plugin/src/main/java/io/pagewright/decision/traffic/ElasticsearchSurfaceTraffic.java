package io.pagewright.decision.traffic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.pagewright.platform.Json;
import io.pagewright.platform.PagewrightConfig;
import io.pagewright.platform.ServiceUnavailableProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Traffic from the daily decision indices ({@code <prefix>-decisions-*}). Their mapping indexes
 * neither the visitor's attributes nor the holdout flag, and the Elasticsearch Pagewright runs has
 * no scripting, so this reads the few fields it needs from the decisions' sources, newest first,
 * and counts them here: at most {@code pagewright.traffic.max-decisions} per answer (an
 * administrator's question, not a visitor's); the answer says when it counted fewer.
 */
@ApplicationScoped
public class ElasticsearchSurfaceTraffic implements SurfaceTraffic {

    private static final int PAGE = 5000;
    private static final List<String> FIELDS =
            List.of(
                    "visitor.intent",
                    "visitor.lifecycleStage",
                    "holdout",
                    "slots.slot",
                    "slots.variant");

    @Inject ElasticsearchClient client;
    @Inject PagewrightConfig config;

    @Inject
    @ConfigProperty(name = "pagewright.traffic.max-decisions", defaultValue = "100000")
    long maxDecisions;

    /** The part of a logged page decision that traffic counts. */
    record Counted(Map<String, Object> visitor, Boolean holdout, List<Served> slots) {
        record Served(String slot, String variant) {}
    }

    @Override
    public Traffic since(String surfaceKey, Instant since) {
        Query query =
                Query.of(q ->
                        q.bool(b ->
                                b.filter(f -> f.term(t -> t.field("surface").value(surfaceKey)))
                                        .filter(f ->
                                                f.range(r ->
                                                        r.date(d ->
                                                                d.field("at")
                                                                        .gte(since.toString()))))));
        TrafficTally tally = new TrafficTally();
        long decisions = 0;
        List<FieldValue> after = null;
        try {
            while (tally.counted() < maxDecisions) {
                SearchResponse<JsonData> page = page(query, after, after == null);
                if (after == null && page.hits().total() != null) {
                    decisions = page.hits().total().value();
                }
                List<Hit<JsonData>> hits = page.hits().hits();
                for (Hit<JsonData> hit : hits) {
                    if (tally.counted() < maxDecisions) {
                        count(tally, hit.source());
                    }
                }
                if (hits.size() < PAGE) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException | ElasticsearchException e) {
            throw new ServiceUnavailableProblem(
                    "decision-log-unavailable",
                    "The decision log cannot be read now",
                    "Elasticsearch did not answer: " + e.getMessage());
        }
        return tally.traffic(surfaceKey, since, Math.max(decisions, tally.counted()));
    }

    private SearchResponse<JsonData> page(Query query, List<FieldValue> after, boolean first)
            throws IOException {
        return client.search(
                s -> {
                    s.index(config.indexPrefix() + "-decisions-*")
                            .allowNoIndices(true)
                            .ignoreUnavailable(true)
                            .size(PAGE)
                            .query(query)
                            .source(c -> c.filter(f -> f.includes(FIELDS)))
                            .trackTotalHits(t -> t.enabled(first))
                            .sort(o -> o.field(f -> f.field("at").order(SortOrder.Desc)))
                            .sort(o ->
                                    o.field(f -> f.field("pageDecisionId").order(SortOrder.Desc)));
                    if (after != null) {
                        s.searchAfter(after);
                    }
                    return s;
                },
                JsonData.class);
    }

    private static void count(TrafficTally tally, JsonData source) {
        if (source == null) {
            return;
        }
        Counted decision = Json.DOCUMENTS.readValue(source.toJson().toString(), Counted.class);
        Map<String, Object> visitor = decision.visitor() == null ? Map.of() : decision.visitor();
        Map<String, String> served = new LinkedHashMap<>();
        if (decision.slots() != null) {
            decision.slots().stream()
                    .filter(s -> s.slot() != null && s.variant() != null)
                    .forEach(s -> served.putIfAbsent(s.slot(), s.variant()));
        }
        tally.add(
                text(visitor.get("intent")),
                text(visitor.get("lifecycleStage")),
                Boolean.TRUE.equals(decision.holdout()),
                served);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
