package io.pagewright.it;

import static io.pagewright.it.GuardrailsIT.variants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

/**
 * The database stops while frontends resolve pages: resolve keeps answering from the published
 * snapshots, active policies and models in memory, for the visitor as the request states them, and
 * says why the answer is less than the best; once the database is back, profiles are used again.
 * PostgreSQL only: the embedded H2 database cannot be taken away from the server.
 */
@ArquillianTest
@RunAsClient
@EnabledIfSystemProperty(
        named = "it.database",
        matches = "postgresql",
        disabledReason = "stops the database server: PostgreSQL only")
class DatabaseOutageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @Test
    void withoutTheDatabaseAResolveStillServesAPageAndSaysWhy() {
        Api delivery = Api.as(base, Credentials.demo("delivery"));
        JsonNode before = resolve(delivery);
        assertThat(before.has("fallbackReason")).as(before.toString()).isFalse();

        PostgresProcess.stop();
        JsonNode during;
        try {
            during = resolve(delivery);
        } finally {
            PostgresProcess.resume();
        }

        assertThat(during.get("fallbackReason").asString()).isEqualTo("profile-unavailable");
        // without the profile there is no consent: the demo policy serves every slot's default
        assertThat(variants(during))
                .containsEntry("hero", "seasonal-campaign")
                .containsEntry("offer", "no-offer");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(resolve(delivery).has("fallbackReason")).isFalse());
    }

    private static JsonNode resolve(Api api) {
        Api.Reply reply =
                api.post(
                        "api/v1/surfaces/ecommerce-homepage/resolve",
                        Fixtures.resolve("v-" + UUID.randomUUID(), "ready-to-buy", null));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
