package io.pagewright.monitoring;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the Elasticsearch cluster is yellow or green. */
@Readiness
@ApplicationScoped
public class ElasticsearchReadiness implements HealthCheck {

    @Inject ElasticsearchClient client;

    @Override
    public HealthCheckResponse call() {
        try {
            HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
            boolean up = health.status() != HealthStatus.Red;
            return HealthCheckResponse.named("elasticsearch")
                    .status(up)
                    .withData("cluster", health.clusterName())
                    .withData("status", health.status().jsonValue())
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("elasticsearch")
                    .down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
