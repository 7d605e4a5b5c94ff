package io.pagewright.it;

import static io.pagewright.it.Events.anonymous;
import static io.pagewright.it.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The product catalog and the query-driven recommendation rails filled from it, through the real
 * API with Elasticsearch: bulk import (validated whole), lookup and delete; rails that show what a
 * visitor viewed, never an item twice on a page, and never a category the policies exclude for the
 * visitor.
 */
@ArquillianTest
@RunAsClient
class CatalogIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    private static Map<String, Object> item(String id, String category, double popularity) {
        return Map.of(
                "id", id,
                "title", "Item " + id,
                "category", category,
                "price", Map.of("amount", 10, "currency", "EUR"),
                "popularity", popularity);
    }

    @Test
    void anImportIsValidatedWholeThenUpsertedByIdAndItemsCanBeDeleted() {
        Api api = Api.withAllRoles(base);
        String ok = "ok-" + UUID.randomUUID();
        Api.Reply refused =
                api.post(
                        "api/v1/catalog/items",
                        Map.of(
                                "items",
                                List.of(
                                        item(ok, "outerwear", 1),
                                        Map.of(
                                                "id",
                                                "bad-" + UUID.randomUUID(),
                                                "category",
                                                "Not A Key"))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").values())
                .extracting(e -> e.get("field").asString())
                .contains("items[1].category", "items[1].title");
        assertThat(api.get("api/v1/catalog/items/" + ok).status())
                .as("nothing of a refused import is written")
                .isEqualTo(404);

        assertThat(
                        api.post(
                                        "api/v1/catalog/items",
                                        Map.of("items", List.of(item(ok, "outerwear", 1))))
                                .json()
                                .get("imported")
                                .asInt())
                .isEqualTo(1);
        Api.Reply resent =
                api.post(
                        "api/v1/catalog/items",
                        Map.of(
                                "items",
                                List.of(
                                        Map.of(
                                                "id",
                                                ok,
                                                "title",
                                                "Renamed",
                                                "category",
                                                "boots"))));
        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        JsonNode stored = api.get("api/v1/catalog/items/" + ok).json();
        assertThat(stored.get("title").asString()).isEqualTo("Renamed");
        assertThat(stored.get("available").asBoolean()).isTrue();

        Api viewer = Api.as(base, Credentials.demo("viewer"));
        assertThat(viewer.delete("api/v1/catalog/items/" + ok).status()).isEqualTo(403);
        assertThat(api.delete("api/v1/catalog/items/" + ok).status()).isEqualTo(204);
        assertThat(api.get("api/v1/catalog/items/" + ok).json().get("type").asString())
                .endsWith("/catalog-item-not-found");
    }

    @Test
    void railsShowWhatTheVisitorViewedAndNeverAnItemTwice() {
        Api api = Api.withAllRoles(base);
        String category = Fixtures.uniqueKey("rails");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(item(category + "-" + i, category, 100 - i));
        }
        assertThat(api.post("api/v1/catalog/items", Map.of("items", items)).status())
                .isEqualTo(200);
        String surface =
                railSurface(
                        api,
                        rail("viewed", "recently-viewed", 8),
                        rail("first", "trending-in-preferred-category", 4),
                        rail("second", "trending-in-preferred-category", 4));

        String visitor = "rails-" + UUID.randomUUID();
        Profiles.grantConsent(api, visitor);
        Instant now = Instant.now();
        Api.Reply sent =
                Events.send(
                        api,
                        List.of(
                                event(
                                        "product_view",
                                        anonymous(visitor),
                                        now.minusSeconds(2),
                                        Map.of("productId", category + "-4", "category", category)),
                                event(
                                        "product_view",
                                        anonymous(visitor),
                                        now.minusSeconds(1),
                                        Map.of(
                                                "productId",
                                                category + "-5",
                                                "category",
                                                category))));
        assertThat(sent.status()).isEqualTo(202);
        Profiles.awaitVisitor(api, visitor, v -> v.path("recentProducts").size() == 2);

        JsonNode page =
                api.post(
                                "api/v1/surfaces/" + surface + "/resolve",
                                Fixtures.resolve(visitor, null, null))
                        .json();
        assertThat(itemIds(page, "viewed")).containsExactly(category + "-5", category + "-4");
        // the preferred category's trending items, minus those another slot shows already
        assertThat(itemIds(page, "first"))
                .containsExactly(
                        category + "-0", category + "-1", category + "-2", category + "-3");
        List<String> second = itemIds(page, "second");
        assertThat(second).hasSize(4).doesNotContainAnyElementsOf(itemIds(page, "first"));
        Set<String> all = new HashSet<>();
        for (String slot : List.of("viewed", "first", "second")) {
            for (String id : itemIds(page, slot)) {
                assertThat(all.add(id)).as("%s shown twice", id).isTrue();
            }
        }
        assertThat(page.has("fallbackReason")).as(page.toString()).isFalse();
    }

    @Test
    void aRailNeverShowsACategoryThePoliciesExcludeForTheVisitor() {
        Api api = Api.withAllRoles(base);
        String plain = railSurface(api, rail("everything", "trending", 24));
        List<String> unrestricted =
                itemIds(
                        api.post(
                                        "api/v1/surfaces/" + plain + "/resolve",
                                        Fixtures.resolve("anyone-" + UUID.randomUUID(), null, null))
                                .json(),
                        "everything");
        assertThat(unrestricted).as("the demo catalog's wine gift set").contains("mulled-wine-kit");

        // the demo policy excludes alcohol for visitors of unknown age
        String guarded = GuardrailsIT.guardedCopyOfTheShop(base, api);
        JsonNode page =
                api.post(
                                "api/v1/surfaces/" + guarded + "/resolve?explain=true",
                                Fixtures.resolve("minor-" + UUID.randomUUID(), "research", null))
                        .json();
        JsonNode explained =
                page.get("explanations").values().stream()
                        .filter(e -> e.get("slot").asString().equals("recommendation-rail"))
                        .findFirst()
                        .orElseThrow()
                        .get("rail");
        assertThat(explained.get("excludedCategories").values())
                .extracting(JsonNode::asString)
                .contains("alcohol");
        assertThat(explained.get("leftOut").values())
                .extracting(l -> l.get("item").asString() + ": " + l.get("reason").asString())
                .contains(
                        "mulled-wine-kit: its category is excluded for this visitor by the"
                                + " policies");
        JsonNode rail = slot(page, "recommendation-rail");
        assertThat(rail.get("content").get("items").values()).isNotEmpty();
        assertThat(rail.get("content").get("items").values())
                .extracting(i -> i.get("category").asString())
                .doesNotContain("alcohol");
    }

    @Test
    void whatVisitorsViewLatelyTrendsAboveWhatTheShopRanksHigher() {
        Api api = Api.withAllRoles(base);
        String category = Fixtures.uniqueKey("trend");
        String ranked = category + "-ranked";
        String viewed = category + "-viewed";
        assertThat(
                        api.post(
                                        "api/v1/catalog/items",
                                        Map.of(
                                                "items",
                                                List.of(
                                                        item(ranked, category, 1_000),
                                                        item(viewed, category, 0))))
                                .status())
                .isEqualTo(200);
        // only consented visitors' views are kept, so only they make trends
        String visitor = "trend-" + UUID.randomUUID();
        Profiles.grantConsent(api, visitor);
        List<Map<String, Object>> views = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            views.add(
                    event(
                            "product_view",
                            anonymous(visitor),
                            Instant.now().minusSeconds(i),
                            Map.of("productId", viewed, "category", category)));
        }
        assertThat(Events.send(api, views).status()).isEqualTo(202);

        JsonNode trending =
                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(500))
                        .until(
                                () -> api.get("api/v1/catalog/items/" + viewed).json(),
                                item -> item.path("trend").asDouble() >= 3);
        assertThat(trending.get("trend").asDouble()).isEqualTo(3.0);
        String surface = railSurface(api, rail("everything", "trending", 24));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    List<String> ids =
                            itemIds(
                                    api.post(
                                                    "api/v1/surfaces/" + surface + "/resolve",
                                                    Fixtures.resolve(
                                                            "t-" + UUID.randomUUID(), null, null))
                                            .json(),
                                    "everything");
                    assertThat(ids).contains(viewed, ranked);
                    assertThat(ids.indexOf(viewed)).isLessThan(ids.indexOf(ranked));
                });
    }

    @Test
    void withElasticsearchStoppedARailSeenBeforeIsServedFromMemoryAndAColdOneSaysWhy() {
        Api api = Api.withAllRoles(base);
        String warm = railSurface(api, rail("warm", "trending", 4));
        String cold = railSurface(api, rail("cold", "trending-in-preferred-category", 4));
        // a visitor whose preferred category no rail has asked for yet
        String category = Fixtures.uniqueKey("cold");
        String visitor = "cold-" + UUID.randomUUID();
        Profiles.grantConsent(api, visitor);
        assertThat(
                        Events.send(
                                        api,
                                        List.of(
                                                event(
                                                        "product_view",
                                                        anonymous(visitor),
                                                        Instant.now(),
                                                        Map.of(
                                                                "productId",
                                                                category + "-1",
                                                                "category",
                                                                category))))
                                .status())
                .isEqualTo(202);
        Profiles.awaitVisitor(
                api, visitor, v -> category.equals(v.path("topCategory").asString(null)));
        List<String> before = itemIds(resolve(api, warm, "w-" + UUID.randomUUID()), "warm");
        assertThat(before).hasSize(4);

        ElasticsearchProcess.stop();
        try {
            JsonNode served = resolve(api, warm, "w-" + UUID.randomUUID());
            assertThat(itemIds(served, "warm")).as("from memory").isEqualTo(before);
            assertThat(served.has("fallbackReason")).as(served.toString()).isFalse();

            JsonNode unanswered = resolve(api, cold, visitor);
            assertThat(itemIds(unanswered, "cold")).isEmpty();
            assertThat(unanswered.get("fallbackReason").asString())
                    .matches("catalog-(late|unavailable) \\(cold\\)");
        } finally {
            ElasticsearchProcess.start();
        }
    }

    private static JsonNode resolve(Api api, String surface, String visitor) {
        Api.Reply reply =
                api.post(
                        "api/v1/surfaces/" + surface + "/resolve",
                        Fixtures.resolve(visitor, null, null));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static Map<String, Object> rail(String key, String strategy, int maxItems) {
        return Map.of(
                "key",
                key,
                "name",
                key,
                "defaultVariant",
                key + "-rail",
                "variants",
                List.of(
                        Map.of(
                                "key",
                                key + "-rail",
                                "name",
                                key,
                                "componentType",
                                "recommendation-rail",
                                "content",
                                Map.of("title", key, "strategy", strategy, "maxItems", maxItems),
                                "tags",
                                Map.of())));
    }

    @SafeVarargs
    private String railSurface(Api api, Map<String, Object>... slots) {
        return Publishing.createAndPublish(
                base, api, Fixtures.uniqueKey("rail-page"), List.of(slots));
    }

    private static JsonNode slot(JsonNode page, String key) {
        return page.get("slots").values().stream()
                .filter(s -> s.get("slot").asString().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no slot " + key + " in " + page));
    }

    private static List<String> itemIds(JsonNode page, String slot) {
        return slot(page, slot).get("content").get("items").values().stream()
                .map(i -> i.get("id").asString())
                .toList();
    }
}
