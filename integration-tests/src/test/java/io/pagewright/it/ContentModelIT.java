package io.pagewright.it;

import static io.pagewright.it.ProblemDetailsIT.assertProblem;
import static io.pagewright.it.ProblemDetailsIT.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Component types, vocabularies, content checked against them, versions and optimistic locking. */
@ArquillianTest
@RunAsClient
class ContentModelIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @Test
    void contentIsCheckedAgainstItsComponentTypeAndTheSlotConstraints() {
        Api api = Api.withAllRoles(base);
        String type = Fixtures.uniqueKey("promo");
        Map<String, Object> componentType =
                Map.of(
                        "key",
                        type,
                        "name",
                        "Promo",
                        "fields",
                        List.of(
                                Map.of(
                                        "name",
                                        "headline",
                                        "type",
                                        "text",
                                        "required",
                                        true,
                                        "maxLength",
                                        30),
                                Map.of("name", "legalText", "type", "text"),
                                Map.of("name", "image", "type", "image")));
        Api.Reply created = api.post("api/v1/component-types", componentType);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(api.get("api/v1/component-types/" + type).json().get("fields")).hasSize(3);

        Map<String, Object> bad =
                surfaceWith(
                        type,
                        Map.of(
                                "headline",
                                "An extremely long headline that breaks the limit",
                                "image",
                                Map.of("src", "/x.jpg")),
                        Map.of("type", "discount", "discountPercent", 25),
                        Map.of("intents", List.of("impulse")));
        Api.Reply rejected = api.post("api/v1/surfaces", bad);

        assertProblem(rejected, 400, "validation");
        assertThat(fields(rejected.json()))
                .containsExactlyInAnyOrder(
                        "slots[0].variants[0].content.headline",
                        "slots[0].variants[0].content.image.alt",
                        "slots[0].variants[0].content.legalText",
                        "slots[0].variants[0].offer.discountPercent",
                        "slots[0].variants[0].tags.intents[0]");
        assertThat(rejected.body()).contains("maximum discount of 15 %");
        assertThat(api.get("api/v1/surfaces/" + bad.get("key")).status()).isEqualTo(404);

        Map<String, Object> good =
                surfaceWith(
                        type,
                        Map.of("headline", "Ten percent off", "legalText", "Once per customer."),
                        Map.of("type", "discount", "discountPercent", 10),
                        Map.of("intents", List.of("ready-to-buy")));
        assertThat(api.post("api/v1/surfaces", good).status()).isEqualTo(201);
    }

    @Test
    void administratorsExtendVocabulariesAndBuiltInValuesStay() {
        Api api = Api.withAllRoles(base);
        String value = Fixtures.uniqueKey("gifting");

        assertThat(api.get("api/v1/vocabularies/intents").json().get("items").toString())
                .contains("ready-to-buy");
        assertThat(
                        api.post(
                                        "api/v1/vocabularies/intents",
                                        Map.of("value", value, "label", "Gifting"))
                                .status())
                .isEqualTo(201);
        assertProblem(
                api.post("api/v1/vocabularies/intents", Map.of("value", value)),
                409,
                "vocabulary-value-exists");
        assertThat(api.get("api/v1/vocabularies").json().get("intents").toString()).contains(value);

        assertProblem(
                api.delete("api/v1/vocabularies/intents/research"),
                409,
                "vocabulary-value-builtin");
        assertThat(api.delete("api/v1/vocabularies/intents/" + value).status()).isEqualTo(204);
        assertProblem(api.get("api/v1/vocabularies/moods"), 404, "vocabulary-not-found");
    }

    @Test
    void everyChangeIsANewVersionAndEarlierVersionsCanBeRestored() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("versioned");
        api.post("api/v1/surfaces", Fixtures.surface(key));

        Map<String, Object> renamed = new HashMap<>(Fixtures.surface(key));
        renamed.put("name", "Renamed page");
        Api.Reply updated = api.put("api/v1/surfaces/" + key + "?comment=rename", renamed, "\"1\"");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.header("ETag")).hasValue("\"2\"");
        assertThat(updated.json().get("comment").asString()).isEqualTo("rename");

        JsonNode versions = api.get("api/v1/surfaces/" + key + "/versions").json().get("items");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asLong()).isEqualTo(2);
        assertThat(api.get("api/v1/surfaces/" + key + "/versions/1").json().get("name").asString())
                .isEqualTo("Test page " + key);

        Api.Reply restored =
                api.postWithIfMatch("api/v1/surfaces/" + key + "/versions/1/restore", "\"2\"");
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().get("version").asLong()).isEqualTo(3);
        assertThat(restored.json().get("name").asString()).isEqualTo("Test page " + key);
        assertThat(restored.json().get("comment").asString()).isEqualTo("restored version 1");
        assertProblem(api.get("api/v1/surfaces/" + key + "/versions/9"), 404, "version-not-found");
    }

    @Test
    void aStaleUpdateIsAConflictNamingTheCurrentVersionAndChangesNothing() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("stale");
        api.post("api/v1/surfaces", Fixtures.surface(key));
        Map<String, Object> first = new HashMap<>(Fixtures.surface(key));
        first.put("name", "First editor");
        Map<String, Object> second = new HashMap<>(Fixtures.surface(key));
        second.put("name", "Second editor");

        assertThat(api.put("api/v1/surfaces/" + key, first, "\"1\"").status()).isEqualTo(200);
        Api.Reply stale = api.put("api/v1/surfaces/" + key, second, "\"1\"");

        assertProblem(stale, 409, "stale-version");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        assertThat(stale.json().get("detail").asString()).contains("version 2");
        assertThat(api.get("api/v1/surfaces/" + key).json().get("name").asString())
                .isEqualTo("First editor");
        assertProblem(
                api.put("api/v1/surfaces/" + key, second, null), 428, "precondition-required");
    }

    @Test
    void concurrentEditsOfOneVersionLetExactlyOneWin() throws Exception {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("race");
        api.post("api/v1/surfaces", Fixtures.surface(key));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> edits = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Map<String, Object> edit = new HashMap<>(Fixtures.surface(key));
                edit.put("name", "Editor " + i);
                edits.add(() -> api.put("api/v1/surfaces/" + key, edit, "\"1\"").status());
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(edits)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
            assertThat(api.get("api/v1/surfaces/" + key + "/versions").json().get("items"))
                    .hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> surfaceWith(
            String type,
            Map<String, Object> content,
            Map<String, Object> offer,
            Map<String, Object> tags) {
        Map<String, Object> variant =
                Map.of(
                        "key",
                        "promo",
                        "name",
                        "Promo",
                        "componentType",
                        type,
                        "content",
                        content,
                        "offer",
                        offer,
                        "tags",
                        tags);
        Map<String, Object> slot =
                Map.of(
                        "key", "offer",
                        "name", "Offer",
                        "defaultVariant", "promo",
                        "variants", List.of(variant),
                        "constraints",
                                Map.of(
                                        "maxDiscountPercent",
                                        15,
                                        "offerRequiresFields",
                                        List.of("legalText")));
        return Map.of(
                "key",
                Fixtures.uniqueKey("checked"),
                "name",
                "Checked",
                "channel",
                "web",
                "slots",
                List.of(slot));
    }
}
