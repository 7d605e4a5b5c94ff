package io.pagewright.it;

import static io.pagewright.it.ProblemDetailsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Editor search over all current content, drafts included, with facets; and the paged surface list.
 */
@ArquillianTest
@RunAsClient
class SearchIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @Test
    void fullTextAndFacetsFindDraftsAndPublishedContent() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("searchable");
        api.post("api/v1/surfaces", Fixtures.surface(key));

        JsonNode drafts =
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        api.get("api/v1/search?q=ready+when+you+are&surface=" + key)
                                                .json(),
                                r -> r.get("total").asLong() == 1);
        JsonNode hit = drafts.get("items").get(0);
        assertThat(hit.get("variant").asString()).isEqualTo("buy-now");
        assertThat(hit.get("status").asString()).isEqualTo("draft");
        assertThat(hit.get("intents").get(0).asString()).isEqualTo("ready-to-buy");

        Publishing.publish(base, key);
        JsonNode published = api.get("api/v1/search?surface=" + key + "&status=published").json();
        assertThat(published.get("total").asLong()).isEqualTo(4);

        JsonNode demo =
                api.get(
                                "api/v1/search?surface=ecommerce-homepage&intent=ready-to-buy&intent=comparison")
                        .json();
        assertThat(demo.get("items").values())
                .extracting(i -> i.get("variant").asString())
                .containsExactlyInAnyOrder(
                        "personalized-category",
                        "affinity-categories",
                        "recently-viewed",
                        "free-shipping-threshold");
        Map<String, Long> slots = new HashMap<>();
        demo.get("facets")
                .get("slot")
                .values()
                .forEach(b -> slots.put(b.get("value").asString(), b.get("count").asLong()));
        assertThat(slots).containsEntry("hero", 1L).containsEntry("offer", 1L);
        assertThat(demo.get("tookMillis").asLong()).isGreaterThanOrEqualTo(0);

        assertProblem(api.get("api/v1/search?size=1000"), 400, "validation");
    }

    @Test
    void theSurfaceListPagesAndFilters() {
        Api api = Api.withAllRoles(base);
        JsonNode apps = api.get("api/v1/surfaces?channel=app").json();
        assertThat(apps.get("items").values())
                .extracting(s -> s.get("channel").asString())
                .containsOnly("app");

        JsonNode firstPage = api.get("api/v1/surfaces?size=1").json();
        assertThat(firstPage.get("items")).hasSize(1);
        assertThat(firstPage.get("total").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode byName = api.get("api/v1/surfaces?q=onboarding").json();
        assertThat(byName.get("items").values())
                .extracting(s -> s.get("key").asString())
                .contains("saas-onboarding");
        assertThat(List.of(api.get("api/v1/surfaces?page=-1").status())).containsExactly(400);
    }
}
