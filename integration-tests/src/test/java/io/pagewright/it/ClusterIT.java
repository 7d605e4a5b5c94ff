package io.pagewright.it;

import static io.pagewright.it.GuardrailsIT.removals;
import static io.pagewright.it.GuardrailsIT.variants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

/**
 * Two WildFly nodes that share PostgreSQL form one cluster (JGroups discovery through the
 * database): caps and budgets are counted once for both, a policy published on one node is enforced
 * on the other, and the counters outlive the node that took them.
 */
@ArquillianTest
@RunAsClient
@EnabledIfSystemProperty(
        named = "arquillian.launch",
        matches = "cluster",
        disabledReason =
                "starts two servers of its own: runs in the it-cluster-postgresql execution")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String NODE_A = "node-a";
    private static final String NODE_B = "node-b";

    @ArquillianResource ContainerController controller;
    @ArquillianResource Deployer deployer;

    @Deployment(name = NODE_A, managed = false, testable = false)
    @TargetsContainer(NODE_A)
    static WebArchive onA() {
        return Deployments.pagewright();
    }

    @Deployment(name = NODE_B, managed = false, testable = false)
    @TargetsContainer(NODE_B)
    static WebArchive onB() {
        return Deployments.pagewright();
    }

    @Test
    @Order(1)
    void anImpressionTakenOnOneNodeCountsOnTheOther() {
        startBothNodes();
        Api a = Api.withAllRoles(url(NODE_A));
        Api b = Api.withAllRoles(url(NODE_B));

        // Both nodes joined one cluster when B's deployment finished; this asserts it.
        String visitor = "u-" + UUID.randomUUID();
        JsonNode first = resolve(a, visitor);
        JsonNode second = resolve(b, visitor);

        assertThat(variants(first)).containsEntry("in-app-prompt", "at-risk-check-in");
        assertThat(variants(second)).containsEntry("in-app-prompt", "no-prompt");
        assertThat(removals(second, "in-app-prompt"))
                .containsEntry("at-risk-check-in", "check-in-once-a-day");
    }

    @Test
    @Order(2)
    void concurrentResolvesOnBothNodesNeverTakeMoreThanACapOfOne() {
        startBothNodes();

        List<String> prompts =
                GuardrailsIT.concurrentPrompts(
                        List.of(url(NODE_A), url(NODE_B)), "u-" + UUID.randomUUID(), 32);

        assertThat(prompts).hasSize(32);
        assertThat(prompts).filteredOn("at-risk-check-in"::equals).hasSize(1);
    }

    @Test
    @Order(3)
    void aSessionsPromptBudgetIsSharedByBothNodes() {
        startBothNodes();
        String visitor = "u-" + UUID.randomUUID();

        List<String> prompts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Api node = Api.withAllRoles(url(i % 2 == 0 ? NODE_A : NODE_B));
            JsonNode page =
                    node.post(
                                    "api/v1/surfaces/saas-onboarding/resolve",
                                    Fixtures.resolve(visitor, null, "trial"))
                            .json();
            prompts.add(variants(page).get("in-app-prompt"));
        }

        assertThat(prompts)
                .containsExactly(
                        "setup-integration-tooltip",
                        "setup-integration-tooltip",
                        "setup-integration-tooltip",
                        "no-prompt");
    }

    @Test
    @Order(4)
    void aPolicyPublishedOnOneNodeIsEnforcedOnTheOther() {
        startBothNodes();
        Api a = Api.withAllRoles(url(NODE_A));
        Api b = Api.withAllRoles(url(NODE_B));
        String surface = GuardrailsIT.guardedCopyOfTheShop(url(NODE_A), a);
        // An editor's preview: a consenting visitor in a fresh session, nothing counted, so the
        // polling itself leaves no impressions behind.
        Map<String, Object> preview =
                new java.util.HashMap<>(
                        Fixtures.resolve("c-" + UUID.randomUUID(), "comparison", "new-visitor"));
        preview.put("preview", true);

        // Node B learns of the surface and its policy from the database within a few seconds.
        JsonNode page =
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(250))
                        .until(
                                () ->
                                        b.post(
                                                "api/v1/surfaces/"
                                                        + surface
                                                        + "/resolve?explain=true",
                                                preview),
                                reply ->
                                        reply.status() == 200
                                                && removals(reply.json(), "offer")
                                                        .containsKey("clearance-25"))
                        .json();

        assertThat(variants(page)).containsEntry("offer", "free-shipping-threshold");
        assertThat(removals(page, "offer")).containsEntry("clearance-25", "max-15-percent");
    }

    @Test
    @Order(5)
    void theCountersOutliveTheNodeThatTookTheImpression() {
        startBothNodes();
        String visitor = "u-" + UUID.randomUUID();
        assertThat(variants(resolve(Api.withAllRoles(url(NODE_A)), visitor)))
                .containsEntry("in-app-prompt", "at-risk-check-in");

        deployer.undeploy(NODE_A);
        controller.stop(NODE_A);

        JsonNode after = resolve(Api.withAllRoles(url(NODE_B)), visitor);
        assertThat(variants(after)).containsEntry("in-app-prompt", "no-prompt");
        assertThat(removals(after, "in-app-prompt"))
                .containsEntry("at-risk-check-in", "check-in-once-a-day");

        deployer.undeploy(NODE_B);
        controller.stop(NODE_B);
    }

    // --- helpers -------------------------------------------------------------------------------

    /** Starts node A, then node B, each with the WAR, unless they already run. */
    private void startBothNodes() {
        for (String node : List.of(NODE_A, NODE_B)) {
            if (!controller.isStarted(node)) {
                controller.start(node);
                deployer.deploy(node);
            }
        }
    }

    private static URL url(String node) {
        int offset =
                node.equals(NODE_A)
                        ? Integer.getInteger("it.port.offset", 100)
                        : Integer.getInteger("it.cluster.port.offset", 200);
        try {
            return URI.create("http://127.0.0.1:" + (8080 + offset) + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode resolve(Api api, String visitor) {
        Api.Reply reply =
                api.post(
                        "api/v1/surfaces/saas-onboarding/resolve?explain=true",
                        Fixtures.resolve(visitor, null, "at-risk"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
