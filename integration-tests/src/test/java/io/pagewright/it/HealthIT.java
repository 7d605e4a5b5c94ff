package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Readiness reports the database and Elasticsearch, and the OpenAPI document is served. */
@ArquillianTest
@RunAsClient
class HealthIT {

    private static final String MANAGEMENT =
            "http://127.0.0.1:" + System.getProperty("it.management.port", "10090") + "/";
    private static final String APPLICATION =
            "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 100)) + "/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @Test
    void readinessChecksTheDatabaseAndElasticsearch() {
        Api.Reply reply = new Api(MANAGEMENT).get("health/ready");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, JsonNode> checks = new HashMap<>();
        reply.json().get("checks").values().forEach(c -> checks.put(c.get("name").asString(), c));
        assertThat(checks).containsKeys("database", "elasticsearch");
        assertThat(checks.get("database").get("status").asString()).isEqualTo("UP");
        assertThat(checks.get("database").get("data").get("product").asString())
                .isEqualToIgnoringCase(
                        System.getProperty("it.database").equals("h2") ? "H2" : "PostgreSQL");
        assertThat(checks.get("elasticsearch").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Api.Reply reply = new Api(APPLICATION).get("openapi?format=JSON");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode paths = reply.json().get("paths");
        assertThat(paths.has("/api/v1/surfaces")).isTrue();
        assertThat(paths.has("/api/v1/surfaces/{surfaceKey}/resolve")).isTrue();
    }
}
