package io.pagewright.decision.traffic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.pagewright.platform.PagewrightConfig;
import io.pagewright.platform.ServiceUnavailableProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Traffic from the daily decision indices ({@code <prefix>-decisions-*}), counted by Elasticsearch:
 * the log indexes the visitor's intent and lifecycle stage, the holdout flag and {@code served}
 * ({@code slot=variant} per slot), so one aggregation answers for any period, exactly. Decisions
 * logged before those fields were indexed count as unknown and serve nothing.
 */
@ApplicationScoped
public class ElasticsearchSurfaceTraffic implements SurfaceTraffic {

    private static final int MOST_VALUES = 1_000;

    @Inject ElasticsearchClient client;
    @Inject PagewrightConfig config;

    @Override
    public Traffic since(String surfaceKey, Instant since) {
        SearchResponse<Void> response;
        try {
            response =
                    client.search(
                            s ->
                                    s.index(config.indexPrefix() + "-decisions-*")
                                            .allowNoIndices(true)
                                            .ignoreUnavailable(true)
                                            .size(0)
                                            .trackTotalHits(t -> t.enabled(true))
                                            .query(q ->
                                                    q.bool(b ->
                                                            b.filter(f ->
                                                                            f.term(t ->
                                                                                    t.field(
                                                                                                    "surface")
                                                                                            .value(
                                                                                                    surfaceKey)))
                                                                    .filter(f ->
                                                                            f.range(r ->
                                                                                    r.date(d ->
                                                                                            d.field(
                                                                                                            "at")
                                                                                                    .gte(
                                                                                                            since
                                                                                                                    .toString()))))))
                                            .aggregations(
                                                    "intents",
                                                    a ->
                                                            a.terms(t ->
                                                                            t.field(
                                                                                            "visitor.intent")
                                                                                    .size(
                                                                                            MOST_VALUES))
                                                                    .aggregations(
                                                                            "stages",
                                                                            st ->
                                                                                    st.terms(t ->
                                                                                            t.field(
                                                                                                            "visitor.lifecycleStage")
                                                                                                    .size(
                                                                                                            MOST_VALUES))))
                                            .aggregations(
                                                    "holdout",
                                                    a ->
                                                            a.filter(f ->
                                                                    f.term(t ->
                                                                            t.field("holdout")
                                                                                    .value(true))))
                                            .aggregations(
                                                    "served",
                                                    a ->
                                                            a.terms(t ->
                                                                    t.field("served")
                                                                            .size(MOST_VALUES))),
                            Void.class);
        } catch (IOException | ElasticsearchException e) {
            throw new ServiceUnavailableProblem(
                    "decision-log-unavailable",
                    "The decision log cannot be read now",
                    "Elasticsearch did not answer: " + e.getMessage());
        }
        long decisions = response.hits().total() == null ? 0 : response.hits().total().value();
        Map<String, Map<String, Long>> perCell = new TreeMap<>();
        long inCells = 0;
        Aggregate intents = response.aggregations().get("intents");
        if (intents != null) {
            for (StringTermsBucket intent : intents.sterms().buckets().array()) {
                for (StringTermsBucket stage :
                        intent.aggregations().get("stages").sterms().buckets().array()) {
                    perCell.computeIfAbsent(intent.key().stringValue(), k -> new TreeMap<>())
                            .put(stage.key().stringValue(), stage.docCount());
                    inCells += stage.docCount();
                }
            }
        }
        Map<String, Map<String, Long>> perSlot = new TreeMap<>();
        Aggregate served = response.aggregations().get("served");
        if (served != null) {
            for (StringTermsBucket pair : served.sterms().buckets().array()) {
                String value = pair.key().stringValue();
                int cut = value.indexOf('=');
                if (cut > 0) {
                    perSlot.computeIfAbsent(value.substring(0, cut), k -> new TreeMap<>())
                            .put(value.substring(cut + 1), pair.docCount());
                }
            }
        }
        Aggregate holdout = response.aggregations().get("holdout");
        long inHoldout = holdout == null ? 0 : holdout.filter().docCount();
        return Traffic.of(
                surfaceKey, since, decisions, inHoldout, decisions - inCells, perCell, perSlot);
    }
}
