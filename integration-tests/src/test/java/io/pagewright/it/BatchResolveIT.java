package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Many visitors at once: a send-time batch for email and push (one page per recipient, streamed as
 * NDJSON), and the editors' batch simulation over synthetic visitors.
 */
@ArquillianTest
@RunAsClient
class BatchResolveIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @Test
    void everyRecipientGetsItsPageInRequestOrder() {
        Api delivery = Api.as(base, Credentials.demo("delivery"));
        List<Map<String, Object>> recipients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            recipients.add(
                    Fixtures.resolve(
                            "mail-" + i + "-" + UUID.randomUUID(),
                            i % 2 == 0 ? "ready-to-buy" : null,
                            null));
        }

        Api.Reply reply = batch(delivery, "saas-onboarding", Map.of("recipients", recipients));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
        String[] lines = reply.body().split("\n");
        assertThat(lines).hasSize(30);
        for (int i = 0; i < lines.length; i++) {
            JsonNode page = Api.JSON.readTree(lines[i]);
            assertThat(page.get("visitorId").asString())
                    .isEqualTo(recipients.get(i).get("visitorId"));
            assertThat(page.get("surface").asString()).isEqualTo("saas-onboarding");
            assertThat(page.get("slots").values()).isNotEmpty();
            assertThat(page.has("pageDecisionId")).isTrue();
        }
    }

    @Test
    void anInvalidRecipientRefusesTheWholeBatchNamingIt() {
        Api delivery = Api.as(base, Credentials.demo("delivery"));
        Map<String, Object> blank = new HashMap<>(Fixtures.resolve(" ", null, null));
        Map<String, Object> preview = new HashMap<>(Fixtures.resolve("v-1", null, null));
        preview.put("preview", true);

        Api.Reply refused =
                batch(
                        delivery,
                        "saas-onboarding",
                        Map.of(
                                "recipients",
                                List.of(Fixtures.resolve("v-0", null, null), blank, preview)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").values())
                .extracting(e -> e.get("field").asString())
                .containsExactly("recipients[1].visitorId", "recipients[2].preview");
        assertThat(
                        batch(
                                        delivery,
                                        "no-such-surface",
                                        Map.of(
                                                "recipients",
                                                List.of(Fixtures.resolve("v", null, null))))
                                .status())
                .isEqualTo(404);
        assertThat(
                        batch(delivery, "saas-onboarding", Map.of("recipients", List.of()))
                                .json()
                                .get("errors")
                                .get(0)
                                .get("field")
                                .asString())
                .isEqualTo("recipients");
    }

    @Test
    void aSimulationShowsTheVariantMixTheRulesThatBitAndTheGaps() {
        Api viewer = Api.as(base, Credentials.demo("viewer"));
        String path = "api/v1/surfaces/ecommerce-homepage/simulate?visitors=300&seed=7";

        Api.Reply reply = viewer.post(path, Map.of());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(report.get("slots").values()).hasSize(4);
        for (JsonNode slot : report.get("slots").values()) {
            int served =
                    slot.get("variants").values().stream()
                            .mapToInt(v -> v.get("count").asInt())
                            .sum();
            assertThat(served + slot.get("omitted").asInt()).isEqualTo(300);
        }
        JsonNode hero = report.get("slots").get(0);
        assertThat(hero.get("rules").values())
                .extracting(r -> r.get("ruleId").asString())
                .contains("personalization-consent");
        assertThat(hero.get("defaultShare").asDouble()).isBetween(0.05, 0.95);
        assertThat(report.get("policies").get(0).get("key").asString())
                .isEqualTo("ecommerce-homepage");
        assertThat(report.get("gaps").values()).isNotEmpty();
        // the same seed gives the same visitors and, with the rules strategy, the same pages
        assertThat(viewer.post(path, Map.of()).json().get("slots")).isEqualTo(report.get("slots"));
        assertThat(
                        viewer.post(
                                        "api/v1/surfaces/ecommerce-homepage/simulate?visitors=0",
                                        Map.of())
                                .json()
                                .get("errors")
                                .get(0)
                                .get("field")
                                .asString())
                .isEqualTo("visitors");
        assertThat(Api.as(base, Credentials.demo("delivery")).post(path, Map.of()).status())
                .isEqualTo(403);
    }

    /** What an email or push sender sends: it accepts newline-delimited JSON. */
    private static Api.Reply batch(Api api, String surface, Map<String, Object> body) {
        return api.send(
                api.request("api/v1/surfaces/" + surface + "/resolve-batch")
                        .header("Content-Type", "application/json")
                        .POST(
                                java.net.http.HttpRequest.BodyPublishers.ofString(
                                        Api.JSON.writeValueAsString(body))),
                "application/x-ndjson, application/problem+json");
    }
}
