package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A scheduled publish happens on time even when the application is not running at that time: the
 * schedule is in the database, and the application publishes what is overdue when it starts.
 */
@ArquillianTest
@RunAsClient
class ScheduledPublishIT {

    static final String DEPLOYMENT = "scheduled";

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource Deployer deployer;

    private boolean deployed;

    static URL base() throws Exception {
        int port = 8080 + Integer.getInteger("it.port.offset", 100);
        return URI.create("http://127.0.0.1:" + port + "/").toURL();
    }

    void deploy() {
        deployer.deploy(DEPLOYMENT);
        deployed = true;
    }

    void undeploy() {
        deployer.undeploy(DEPLOYMENT);
        deployed = false;
    }

    @AfterEach
    void cleanUp() {
        if (deployed) {
            undeploy();
        }
    }

    @Test
    void aPublishDueWhileTheApplicationWasDownHappensWhenItStarts() throws Exception {
        deploy();
        URL base = base();
        Api author = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("scheduled");
        author.post("api/v1/surfaces", Fixtures.surface(key));
        String version = "api/v1/surfaces/" + key + "/versions/1/";
        author.post(version + "submit", Map.of());
        Api.as(base, Publishing.approver(base)).post(version + "approve", Map.of());
        Instant publishAt = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.MILLIS);

        Api.Reply scheduled =
                author.post(version + "publish", Map.of("publishAt", publishAt.toString()));

        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(202);
        assertThat(scheduled.json().get("review").get("stage").asString()).isEqualTo("approved");
        assertThat(Instant.parse(scheduled.json().get("review").get("publishAt").asString()))
                .isEqualTo(publishAt);
        assertThat(resolveStatus(author, key)).isEqualTo(404);

        undeploy();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Instant.now().isAfter(publishAt.plusSeconds(1)));
        deploy();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(resolveStatus(author, key)).isEqualTo(200));
        JsonNode surface = author.get("api/v1/surfaces/" + key).json();
        assertThat(surface.get("publishedVersion").asLong()).isEqualTo(1);
        assertThat(Instant.parse(surface.get("publishedAt").asString())).isAfter(publishAt);
        JsonNode audit =
                author.get("api/v1/audit?objectKind=surface&action=published&objectKey=" + key)
                        .json();
        assertThat(audit.get("items").get(0).get("actor").asString()).isEqualTo("system");
        assertThat(audit.get("items").get(0).get("comment").asString())
                .isEqualTo("scheduled publish");
    }

    private static int resolveStatus(Api api, String key) {
        return api.post("api/v1/surfaces/" + key + "/resolve", Fixtures.resolve("v-1", null, null))
                .status();
    }
}
