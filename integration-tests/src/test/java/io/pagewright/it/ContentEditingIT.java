package io.pagewright.it;

import static io.pagewright.it.ProblemDetailsIT.assertProblem;
import static io.pagewright.it.ProblemDetailsIT.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
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
 * Slots and variants edited one at a time, each edit a new surface version; deleting surfaces (and
 * their index documents) and component types.
 */
@ArquillianTest
@RunAsClient
class ContentEditingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @Test
    void aVariantIsAddedChangedAndRemovedAndEachChangeIsANewSurfaceVersion() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("edited");
        api.post("api/v1/surfaces", Fixtures.surface(key));
        String hero = "api/v1/surfaces/" + key + "/slots/hero";

        Api.Reply slot = api.get(hero);
        assertThat(slot.status()).as(slot.body()).isEqualTo(200);
        assertThat(slot.header("ETag")).hasValue("\"1\"");
        assertThat(slot.json().get("defaultVariant").asString()).isEqualTo("control");

        Api.Reply added =
                api.post(
                        hero + "/variants",
                        Fixtures.variant("spring", "Spring is here", Map.of()),
                        "\"1\"");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.header("ETag")).hasValue("\"2\"");
        assertThat(added.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/slots/hero/variants/spring"));
        assertThat(api.get(hero + "/variants/spring").json().get("name").asString())
                .isEqualTo("Spring is here");

        Api.Reply changed =
                api.put(
                        hero + "/variants/spring",
                        Fixtures.variant("spring", "Spring sale", Map.of()),
                        "\"2\"");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).hasValue("\"3\"");
        JsonNode surface = api.get("api/v1/surfaces/" + key).json();
        assertThat(surface.get("version").asLong()).isEqualTo(3);
        assertThat(surface.get("comment").asString())
                .isEqualTo("changed variant spring of slot hero");
        assertThat(surface.get("slots").get(0).get("variants").get(2).get("name").asString())
                .isEqualTo("Spring sale");

        Api.Reply removed = api.delete(hero + "/variants/spring", "\"3\"");
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(removed.header("ETag")).hasValue("\"4\"");
        Api.Reply gone = api.get(hero + "/variants/spring");
        assertProblem(gone, 404, "variant-not-found");
        assertThat(gone.json().get("detail").asString()).contains("spring");
        assertThat(api.get("api/v1/surfaces/" + key + "/versions").json().get("items")).hasSize(4);
        assertThat(
                        api.get("api/v1/surfaces/" + key + "/versions/3")
                                .json()
                                .get("slots")
                                .get(0)
                                .get("variants"))
                .hasSize(3);
    }

    @Test
    void editsAreCheckedLikeAnyOtherChangeOfTheSurface() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("checked");
        api.post("api/v1/surfaces", Fixtures.surface(key));
        String hero = "api/v1/surfaces/" + key + "/slots/hero";

        Api.Reply duplicate =
                api.post(
                        hero + "/variants",
                        Fixtures.variant("buy-now", "Again", Map.of()),
                        "\"1\"");
        assertProblem(duplicate, 409, "variant-exists");
        assertThat(duplicate.json().get("detail").asString()).contains("buy-now");

        Api.Reply renamed =
                api.put(
                        hero + "/variants/buy-now",
                        Fixtures.variant("other", "X", Map.of()),
                        "\"1\"");
        assertProblem(renamed, 400, "validation");
        assertThat(fields(renamed.json())).containsExactly("key");

        Api.Reply badTags =
                api.post(
                        hero + "/variants",
                        Fixtures.variant("odd", "Odd", Map.of("intents", List.of("impulse"))),
                        "\"1\"");
        assertProblem(badTags, 400, "validation");
        assertThat(fields(badTags.json())).containsExactly("tags.intents[0]");

        Api.Reply badKey =
                api.post(hero + "/variants", Fixtures.variant("Bad Key", "Bad", Map.of()), "\"1\"");
        assertProblem(badKey, 400, "validation");
        assertThat(fields(badKey.json())).containsExactly("key");

        assertThat(api.get("api/v1/surfaces/" + key).header("ETag")).hasValue("\"1\"");
    }

    @Test
    void aStaleOrMissingIfMatchChangesNothingAndMissingPartsAreNamed() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("stale-slot");
        api.post("api/v1/surfaces", Fixtures.surface(key));
        String offer = "api/v1/surfaces/" + key + "/slots/offer";
        assertThat(
                        api.post(
                                        offer + "/variants",
                                        Fixtures.variant("first", "First", Map.of()),
                                        "\"1\"")
                                .status())
                .isEqualTo(201);

        Api.Reply stale =
                api.post(
                        offer + "/variants",
                        Fixtures.variant("second", "Second", Map.of()),
                        "\"1\"");
        assertProblem(stale, 409, "stale-version");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        assertProblem(api.delete(offer + "/variants/first", "\"1\""), 409, "stale-version");
        assertProblem(api.delete(offer + "/variants/first", null), 428, "precondition-required");
        assertProblem(
                api.put(
                        offer,
                        Fixtures.slot("offer", "first", Fixtures.variant("first", "F", Map.of())),
                        null),
                428,
                "precondition-required");
        assertThat(api.get(offer).json().get("variants")).hasSize(3);

        Api.Reply noSlot = api.get("api/v1/surfaces/" + key + "/slots/footer");
        assertProblem(noSlot, 404, "slot-not-found");
        assertThat(noSlot.json().get("detail").asString()).contains("footer");
        assertProblem(
                api.delete("api/v1/surfaces/" + key + "/slots/footer/variants/x", "\"2\""),
                404,
                "slot-not-found");
        assertProblem(
                api.get("api/v1/surfaces/nowhere-" + key + "/slots/offer"),
                404,
                "surface-not-found");
    }

    @Test
    void theDefaultVariantAndTheLastSlotStay() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("keeps");
        api.post("api/v1/surfaces", Fixtures.surface(key));
        String slots = "api/v1/surfaces/" + key + "/slots";

        Api.Reply defaultVariant = api.delete(slots + "/hero/variants/control", "\"1\"");
        assertProblem(defaultVariant, 409, "default-variant");
        assertThat(defaultVariant.json().get("detail").asString()).contains("'hero'");

        Api.Reply banner =
                api.post(
                        slots + "?position=0",
                        Fixtures.slot(
                                "banner", "plain", Fixtures.variant("plain", "Hello", Map.of())),
                        "\"1\"");
        assertThat(banner.status()).as(banner.body()).isEqualTo(201);
        assertThat(banner.header("ETag")).hasValue("\"2\"");
        assertThat(slotKeys(api, key)).containsExactly("banner", "hero", "offer");
        assertProblem(
                api.post(
                        slots + "?position=9",
                        Fixtures.slot("late", "x", Fixtures.variant("x", "X", Map.of())),
                        "\"2\""),
                400,
                "validation");
        assertProblem(
                api.post(
                        slots,
                        Fixtures.slot("hero", "x", Fixtures.variant("x", "X", Map.of())),
                        "\"2\""),
                409,
                "slot-exists");

        Api.Reply replaced =
                api.put(
                        slots + "/offer",
                        Fixtures.slot("offer", "only", Fixtures.variant("only", "Only", Map.of())),
                        "\"2\"");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("variants")).hasSize(1);

        assertThat(api.delete(slots + "/banner", "\"3\"").status()).isEqualTo(204);
        assertThat(api.delete(slots + "/offer", "\"4\"").header("ETag")).hasValue("\"5\"");
        Api.Reply lastSlot = api.delete(slots + "/hero", "\"5\"");
        assertProblem(lastSlot, 409, "last-slot");
        assertThat(slotKeys(api, key)).containsExactly("hero");
    }

    @Test
    void aDeletedSurfaceIsGoneFromTheDatabaseAndBothIndices() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("deleted");
        api.post("api/v1/surfaces", Fixtures.surface(key));
        assertThat(Publishing.publish(base, key).status()).isEqualTo(200);
        awaitOutbox(api);
        assertThat(documents("-variants", key)).isEqualTo(4);
        assertThat(documents("-content", key)).isEqualTo(4);

        assertProblem(api.delete("api/v1/surfaces/" + key, null), 428, "precondition-required");
        assertProblem(api.delete("api/v1/surfaces/" + key, "\"7\""), 409, "stale-version");
        Api.Reply deleted = api.delete("api/v1/surfaces/" + key, "\"1\"");
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);

        assertProblem(api.get("api/v1/surfaces/" + key), 404, "surface-not-found");
        assertProblem(
                api.post(
                        "api/v1/surfaces/" + key + "/resolve",
                        Fixtures.resolve("v-1", "ready-to-buy", null)),
                404,
                "surface-not-found");
        awaitOutbox(api);
        assertThat(documents("-variants", key)).isZero();
        assertThat(documents("-content", key)).isZero();
        assertProblem(api.delete("api/v1/surfaces/" + key, "\"1\""), 404, "surface-not-found");
    }

    @Test
    void aComponentTypeInUseCannotBeDeletedAndAnUnusedOneCan() {
        Api api = Api.withAllRoles(base);
        String type = Fixtures.uniqueKey("teaser");
        api.post(
                "api/v1/component-types",
                Map.of(
                        "key",
                        type,
                        "name",
                        "Teaser",
                        "fields",
                        List.of(Map.of("name", "headline", "type", "text"))));
        String key = Fixtures.uniqueKey("teasing");
        api.post("api/v1/surfaces", Fixtures.surface(key));
        Map<String, Object> teaser =
                Map.of(
                        "key",
                        "teaser",
                        "name",
                        "Teaser",
                        "componentType",
                        type,
                        "content",
                        Map.of("headline", "Look"));
        assertThat(
                        api.post(
                                        "api/v1/surfaces/" + key + "/slots/offer/variants",
                                        teaser,
                                        "\"1\"")
                                .status())
                .isEqualTo(201);

        Api.Reply inUse = api.delete("api/v1/component-types/" + type, "\"1\"");
        assertProblem(inUse, 409, "component-type-in-use");
        assertThat(inUse.json().get("detail").asString()).contains(key);
        assertThat(inUse.json().get("errors").get(0).get("message").asString())
                .contains(key)
                .contains("version 2");

        assertThat(
                        api.delete(
                                        "api/v1/surfaces/" + key + "/slots/offer/variants/teaser",
                                        "\"2\"")
                                .status())
                .isEqualTo(204);
        assertProblem(api.delete("api/v1/component-types/" + type, "\"0\""), 409, "stale-version");
        assertThat(api.delete("api/v1/component-types/" + type, "\"1\"").status()).isEqualTo(204);
        assertProblem(api.get("api/v1/component-types/" + type), 404, "component-type-not-found");
    }

    private static List<String> slotKeys(Api api, String key) {
        return api.get("api/v1/surfaces/" + key).json().get("slots").values().stream()
                .map(s -> s.get("key").asString())
                .toList();
    }

    private static void awaitOutbox(Api api) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() ->
                        assertThat(api.get("api/v1/admin/index").json().get("pending").asLong())
                                .isZero());
    }

    /** How many documents of the surface the index behind the alias holds. */
    private static int documents(String aliasSuffix, String key) {
        Api es = new Api(System.getProperty("it.es.url") + "/");
        String alias = System.getProperty("it.index.prefix") + aliasSuffix;
        Api.Reply count = es.get(alias + "/_count?q=surface:" + key);
        assertThat(count.status()).as(count.body()).isEqualTo(200);
        return count.json().get("count").asInt();
    }
}
