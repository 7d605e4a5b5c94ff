package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every resolve is in the decision log, findable by its page or slot decision id, and nothing is
 * lost while Elasticsearch is down: resolves keep working and their decisions arrive once it is
 * back.
 */
@ArquillianTest
@RunAsClient
class DecisionLogIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    JsonNode resolve(Api delivery, String visitor) {
        Api.Reply page =
                delivery.post(
                        "api/v1/surfaces/ecommerce-homepage/resolve",
                        Fixtures.resolve(visitor, "ready-to-buy", "new-visitor"));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json();
    }

    @Test
    void aDecisionIsFoundByItsPageOrSlotId() {
        Api delivery = Api.as(base, Credentials.demo("delivery"));
        Api viewer = Api.as(base, Credentials.demo("viewer"));
        JsonNode page = resolve(delivery, "v-log-1");
        String pageId = page.get("pageDecisionId").asString();
        JsonNode firstSlot = page.get("slots").get(0);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(viewer.get("api/v1/decisions/" + pageId).status())
                                .isEqualTo(200));
        JsonNode logged = viewer.get("api/v1/decisions/" + pageId).json();
        assertThat(logged.get("surface").asString()).isEqualTo("ecommerce-homepage");
        assertThat(logged.get("visitorHash").asString()).isNotEqualTo("v-log-1").hasSize(32);
        assertThat(logged.get("context").get("intent").asString()).isEqualTo("ready-to-buy");
        assertThat(logged.get("slots").size()).isEqualTo(page.get("slots").size());
        JsonNode slot = logged.get("slots").get(0);
        assertThat(slot.get("variant").asString()).isEqualTo(firstSlot.get("variant").asString());
        assertThat(slot.get("probability").asDouble())
                .isEqualTo(firstSlot.get("probability").asDouble());
        assertThat(slot.get("eligible").values())
                .extracting(JsonNode::asString)
                .contains(firstSlot.get("variant").asString());

        String slotId = firstSlot.get("decisionId").asString();
        assertThat(viewer.get("api/v1/decisions/" + slotId).json().get("pageDecisionId").asString())
                .isEqualTo(pageId);
        assertThat(viewer.get("api/v1/decisions/not-a-uuid").status()).isEqualTo(400);
        assertThat(viewer.get("api/v1/decisions/00000000-0000-0000-0000-000000000000").status())
                .isEqualTo(404);
    }

    @Test
    void aVisitorsDecisionsAreListedNewestFirst() {
        Api delivery = Api.as(base, Credentials.demo("delivery"));
        Api viewer = Api.as(base, Credentials.demo("viewer"));
        String visitor = "v-" + java.util.UUID.randomUUID();
        String first = resolve(delivery, visitor).get("pageDecisionId").asString();
        String second = resolve(delivery, visitor).get("pageDecisionId").asString();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(
                                        viewer.get("api/v1/decisions?visitorId=" + visitor)
                                                .json()
                                                .get("items")
                                                .values())
                                .extracting(d -> d.get("pageDecisionId").asString())
                                .containsExactly(second, first));
        assertThat(viewer.get("api/v1/decisions?limit=5").status()).isEqualTo(400);
        assertThat(
                        viewer.get("api/v1/decisions?visitorId=x&limit=0")
                                .json()
                                .get("errors")
                                .get(0)
                                .get("field")
                                .asString())
                .isEqualTo("limit");
    }

    @Test
    void decisionsMadeWhileElasticsearchIsDownArriveWhenItIsBack() {
        Api delivery = Api.as(base, Credentials.demo("delivery"));
        Api admin = Api.as(base, Credentials.demo("admin"));
        List<String> pages = new ArrayList<>();
        ElasticsearchProcess.stop();
        try {
            for (int i = 0; i < 25; i++) {
                pages.add(resolve(delivery, "v-outage-" + i).get("pageDecisionId").asString());
            }
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() ->
                            assertThat(
                                            admin.get("api/v1/admin/decision-log")
                                                    .json()
                                                    .get("spoolFiles")
                                                    .asLong())
                                    .isPositive());
        } finally {
            ElasticsearchProcess.start();
        }

        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> {
                    for (String id : pages) {
                        assertThat(admin.get("api/v1/decisions/" + id).status())
                                .as("decision " + id)
                                .isEqualTo(200);
                    }
                });
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(
                                        admin.get("api/v1/admin/decision-log")
                                                .json()
                                                .get("spoolFiles")
                                                .asLong())
                                .isZero());
    }
}
