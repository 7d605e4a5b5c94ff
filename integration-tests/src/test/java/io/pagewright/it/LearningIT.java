package io.pagewright.it;

import static io.pagewright.it.Events.anonymous;
import static io.pagewright.it.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * The learning strategy through the real API: a slot with {@code "strategy": "bandit"} explores two
 * equally tagged variants, visitors click only one of them, the learner reads the decision log and
 * the clicks once the attribution window (2 s in the tests) has closed, and the slot converges to
 * the variant that gets clicked. Decisions carry the model version and their outcomes.
 */
@ArquillianTest
@RunAsClient
class LearningIT {

    private static final int ROUNDS = 240;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @Test
    void aBanditSlotConvergesToTheVariantVisitorsClick() {
        Api api = Api.withAllRoles(base);
        String surface = learningSurface(api);
        String resolvePath = "api/v1/surfaces/" + surface + "/resolve";

        int brightBefore = 0;
        List<Map<String, Object>> clicks = new ArrayList<>();
        String clickedDecision = null;
        for (int i = 0; i < ROUNDS; i++) {
            String visitor = "v-" + UUID.randomUUID();
            JsonNode hero =
                    api.post(resolvePath, Fixtures.resolve(visitor, null, null))
                            .json()
                            .get("slots")
                            .get(0);
            assertThat(hero.get("strategy").asString()).isEqualTo("bandit");
            if (hero.get("variant").asString().equals("bright")) {
                brightBefore++;
                clickedDecision = hero.get("decisionId").asString();
                clicks.add(
                        event(
                                "click",
                                anonymous(visitor),
                                Instant.now(),
                                Map.of(
                                        "decisionId", clickedDecision,
                                        "slot", "hero",
                                        "variant", "bright")));
            }
            if (clicks.size() == 100) {
                assertThat(Events.send(api, clicks).status()).isEqualTo(202);
                clicks.clear();
            }
        }
        if (!clicks.isEmpty()) {
            assertThat(Events.send(api, clicks).status()).isEqualTo(202);
        }
        // Without knowledge both variants are explored (equal tags, equal priors).
        assertThat(brightBefore).isBetween(ROUNDS / 5, ROUNDS * 4 / 5);

        JsonNode model =
                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(500))
                        .until(
                                () -> api.get("api/v1/models/" + surface + "/hero"),
                                reply ->
                                        reply.status() == 200
                                                && reply.json()
                                                                .get("items")
                                                                .get(0)
                                                                .get("observations")
                                                                .asLong()
                                                        >= ROUNDS)
                        .json()
                        .get("items")
                        .get(0);
        assertThat(model.get("frozen").asBoolean()).isFalse();
        long learnedVersion = model.get("version").asLong();

        int brightAfter = 0;
        JsonNode lastPage = null;
        for (int i = 0; i < 100; i++) {
            lastPage =
                    api.post(resolvePath, Fixtures.resolve("w-" + UUID.randomUUID(), null, null))
                            .json();
            if (lastPage.get("slots").get(0).get("variant").asString().equals("bright")) {
                brightAfter++;
            }
        }
        assertThat(brightAfter).as("bright served after learning").isGreaterThanOrEqualTo(85);

        // The decision log keeps the model version and, for the clicked decision, the outcome.
        String lastDecision = lastPage.get("slots").get(0).get("decisionId").asString();
        JsonNode logged = awaitDecision(api, lastDecision);
        JsonNode slot = logged.get("slots").get(0);
        assertThat(slot.get("strategy").asString()).isEqualTo("bandit");
        // the learner goes on learning (from these decisions too), so the version only grows
        assertThat(Long.parseLong(slot.get("modelVersion").asString()))
                .isGreaterThanOrEqualTo(learnedVersion);
        assertThat(slot.get("features").values()).isNotEmpty();
        JsonNode replay = api.get("api/v1/decisions/" + lastDecision + "/replay").json();
        assertThat(replay.get("matches").asBoolean()).as(replay.toString()).isTrue();
        assertThat(replay.get("slots").get(0).get("replayedVariant").asString())
                .isEqualTo(slot.get("variant").asString());
        JsonNode clicked = awaitDecision(api, clickedDecision);
        assertThat(clicked.get("outcomes").values())
                .extracting(o -> o.get("kind").asString() + ":" + o.get("decisionId").asString())
                .containsExactly("click:" + clickedDecision);
    }

    @Test
    void outcomesWithoutADecisionIdGoToTheVisitorsLastDecisionWithinTheWindow() {
        Api api = Api.withAllRoles(base);
        String surface = learningSurface(api);
        String resolvePath = "api/v1/surfaces/" + surface + "/resolve";
        // what a visitor does is kept (and attributed) only with their personalization consent
        String buyer = "buyer-" + UUID.randomUUID();
        Profiles.grantConsent(api, buyer);
        String shopper = "shopper-" + UUID.randomUUID();
        Profiles.grantConsent(api, shopper);
        String first = heroDecision(api.post(resolvePath, Fixtures.resolve(buyer, null, null)));
        String last = heroDecision(api.post(resolvePath, Fixtures.resolve(buyer, null, null)));
        // each outcome is sent at once: it must arrive within the (2 s) window of the decision
        sendOne(
                api,
                event(
                        "purchase",
                        anonymous(buyer),
                        Instant.now(),
                        Map.of(
                                "orderId", "o-" + UUID.randomUUID(),
                                "value", Map.of("amount", 120, "currency", "EUR"),
                                "items", List.of(Map.of("productId", "p-1", "quantity", 1)))));
        String carted = heroDecision(api.post(resolvePath, Fixtures.resolve(shopper, null, null)));
        sendOne(
                api,
                event(
                        "add_to_cart",
                        anonymous(shopper),
                        Instant.now(),
                        Map.of("productId", "p-2", "quantity", 2)));
        String bystander =
                heroDecision(
                        api.post(
                                resolvePath,
                                Fixtures.resolve("bystander-" + UUID.randomUUID(), null, null)));

        // once the window (2 s here) has closed the learner credits the last decision per slot
        assertThat(awaitOutcomes(api, last))
                .extracting(o ->
                        o.get("kind").asString()
                                + ":"
                                + o.get("attribution").asString()
                                + ":"
                                + o.get("amount").asDouble())
                .containsExactly("purchase:visitor:120.0");
        assertThat(awaitDecision(api, first).get("outcomes").values())
                .as("an earlier decision of the slot gets no credit")
                .isEmpty();
        assertThat(awaitOutcomes(api, carted))
                .extracting(o -> o.get("kind").asString())
                .containsExactly("add_to_cart");
        assertThat(awaitDecision(api, bystander).get("outcomes").values()).isEmpty();
    }

    /** The outcomes of a decision, once it has some. */
    private static List<JsonNode> awaitOutcomes(Api api, String decisionId) {
        return await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> api.get("api/v1/decisions/" + decisionId),
                        reply -> reply.status() == 200 && !reply.json().get("outcomes").isEmpty())
                .json()
                .get("outcomes")
                .values()
                .stream()
                .toList();
    }

    private static void sendOne(Api api, Map<String, Object> event) {
        Api.Reply sent = Events.send(api, List.of(event));
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
    }

    private static String heroDecision(Api.Reply resolved) {
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        return resolved.json().get("slots").get(0).get("decisionId").asString();
    }

    @Test
    void aBanditSlotsSettingsComeFromItsSurfaceAndReachItsModelWhenPublished() {
        Api api = Api.withAllRoles(base);
        // calm is meant for research visitors, bright for no one: by default calm starts ahead
        Map<String, Object> calm =
                Fixtures.variant("calm", "Welcome", Map.of("intents", List.of("research")));
        Map<String, Object> bright = Fixtures.variant("bright", "Welcome!", Map.of());
        String untuned = Fixtures.uniqueKey("untuned");
        publishedBanditSurface(api, untuned, Map.of(), calm, bright);
        String tuned = Fixtures.uniqueKey("tuned");
        publishedBanditSurface(api, tuned, Map.of("exploitation", 0), calm, bright);

        JsonNode bandit =
                api.get("api/v1/strategies").json().get("items").values().stream()
                        .filter(st -> st.get("id").asString().equals("bandit"))
                        .findFirst()
                        .orElseThrow();
        assertThat(bandit.get("settings").values())
                .extracting(st -> st.get("name").asString())
                .contains("explorationFloor", "intentMatchPrior", "objective.conversion");

        assertThat(probabilityOfCalm(api, untuned)).isGreaterThan(0.5);
        assertThat(probabilityOfCalm(api, tuned))
                .as("exploitation 0: every eligible variant as likely")
                .isEqualTo(0.5);

        // new settings for a slot whose model is stored become a new model version on publish
        String model = "api/v1/models/" + tuned + "/hero";
        assertThat(api.post(model + "/freeze", Map.of()).status()).isEqualTo(200);
        String slot = "api/v1/surfaces/" + tuned + "/slots/hero";
        Api.Reply current = api.get(slot);
        Map<String, Object> changed =
                new java.util.LinkedHashMap<>(Api.JSON.readValue(current.body(), Map.class));
        changed.put("strategySettings", Map.of("exploitation", 0, "explorationFloor", 0.1));
        Api.Reply replaced = api.put(slot, changed, current.header("ETag").orElseThrow());
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(Publishing.publish(base, tuned).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> api.get(model).json().get("items").values(),
                        versions ->
                                versions.stream()
                                        .anyMatch(v ->
                                                v.get("reason")
                                                        .asString()
                                                        .equals("settings of the published slot")));

        Map<String, Object> invalid = new java.util.LinkedHashMap<>(changed);
        invalid.put("strategySettings", Map.of("explorationFloor", 3));
        Api.Reply refused = api.put(slot, invalid, api.get(slot).header("ETag").orElseThrow());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString())
                .endsWith("strategySettings.explorationFloor");
    }

    private double probabilityOfCalm(Api api, String surface) {
        JsonNode page =
                api.post(
                                "api/v1/surfaces/" + surface + "/resolve?explain=true",
                                Fixtures.resolve("r-" + UUID.randomUUID(), "research", null))
                        .json();
        return page.get("explanations").get(0).get("eligible").values().stream()
                .filter(e -> e.get("variant").asString().equals("calm"))
                .findFirst()
                .orElseThrow()
                .get("probability")
                .asDouble();
    }

    @SafeVarargs
    private void publishedBanditSurface(
            Api api, String key, Map<String, Object> settings, Map<String, Object>... variants) {
        Map<String, Object> hero = new java.util.LinkedHashMap<>();
        hero.put("key", "hero");
        hero.put("name", "Hero");
        hero.put("defaultVariant", "calm");
        hero.put("strategy", "bandit");
        hero.put("strategySettings", settings);
        hero.put("variants", List.of(variants));
        Publishing.createAndPublish(base, api, key, List.of(hero));
    }

    @Test
    void whileExploringTheBanditOnlyChoosesAmongWhatThePoliciesAllow() {
        Api api = Api.withAllRoles(base);
        String surface = GuardrailsIT.guardedCopyOfTheShop(base, api, "bandit");
        List<String> intents = List.of("research", "comparison", "ready-to-buy", "post-purchase");
        List<String> served = new ArrayList<>();
        String lastPage = null;
        for (int i = 0; i < 40; i++) {
            String visitor = "c-" + UUID.randomUUID();
            Profiles.grantConsent(api, visitor);
            long discounts = 0;
            for (int visit = 0; visit < 2; visit++) {
                JsonNode page =
                        api.post(
                                        "api/v1/surfaces/" + surface + "/resolve",
                                        Fixtures.resolve(
                                                visitor, intents.get(i % intents.size()), null))
                                .json();
                lastPage = page.get("pageDecisionId").asString();
                for (JsonNode slot : page.get("slots").values()) {
                    served.add(slot.get("variant").asString());
                    assertThat(slot.get("strategy").asString()).isEqualTo("bandit");
                }
                discounts +=
                        GuardrailsIT.variants(page).values().stream()
                                .filter(v -> v.equals("loyalty-bonus") || v.equals("clearance-25"))
                                .count();
            }
            assertThat(discounts).as("discount offers in one session").isLessThanOrEqualTo(1);
        }
        // above the 15 % cap, without legal text, restricted for visitors of unknown age
        assertThat(served).doesNotContain("clearance-25", "free-gift", "wine-pairings");
        JsonNode replay = awaitReplay(api, lastPage);
        assertThat(replay.get("matches").asBoolean()).as(replay.toString()).isTrue();
    }

    @Test
    void aStrategyOwnerFreezesAndResetsAModel() {
        Api owner = Api.withAllRoles(base);
        String surface = learningSurface(owner);
        String model = "api/v1/models/" + surface + "/hero";

        JsonNode frozen = owner.post(model + "/freeze", Map.of()).json();
        assertThat(frozen.get("frozen").asBoolean()).isTrue();
        assertThat(frozen.get("reason").asString()).isEqualTo("freeze");
        JsonNode reset = owner.post(model + "/reset", Map.of()).json();
        assertThat(reset.get("version").asLong()).isGreaterThan(frozen.get("version").asLong());
        assertThat(reset.get("observations").asLong()).isZero();
        assertThat(reset.get("frozen").asBoolean()).as("a reset keeps the freeze").isTrue();
        JsonNode unfrozen = owner.post(model + "/unfreeze", Map.of()).json();
        assertThat(unfrozen.get("frozen").asBoolean()).isFalse();

        JsonNode versions = owner.get(model).json().get("items");
        assertThat(versions.values())
                .extracting(v -> v.get("reason").asString())
                .containsExactly("unfreeze", "reset", "freeze");

        Api viewer = Api.as(base, Credentials.demo("viewer"));
        assertThat(viewer.post(model + "/reset", Map.of()).status()).isEqualTo(403);
        assertThat(owner.get("api/v1/models/" + surface + "/no-such-slot").status()).isEqualTo(404);
    }

    @Test
    void aLowConfidenceSegmentGetsTheDefaultUntilAPersonDecides() {
        Api owner = Api.withAllRoles(base);
        String surface = "escalation-test"; // escalates below 5 outcomes (see the pom)
        if (owner.get("api/v1/surfaces/" + surface).status() == 404) {
            learningSurface(owner, surface);
        }
        String path = "api/v1/surfaces/" + surface + "/resolve";

        JsonNode escalated =
                owner.post(path, Fixtures.resolve("e-" + UUID.randomUUID(), "research", null))
                        .json()
                        .get("slots")
                        .get(0);
        assertThat(escalated.get("variant").asString()).isEqualTo("calm");
        assertThat(escalated.get("probability").asDouble()).isEqualTo(1.0);
        assertThat(escalated.get("reason").asString()).startsWith("escalated: ");

        JsonNode item =
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(250))
                        .until(
                                () -> openItem(owner, surface, "research × "),
                                java.util.Optional::isPresent)
                        .orElseThrow();
        assertThat(item.get("kind").asString()).isEqualTo("low-confidence");
        JsonNode firstOpen = owner.get("api/v1/escalations?status=open&limit=1").json();
        assertThat(firstOpen.get("items").size()).isEqualTo(1);
        assertThat(firstOpen.get("total").asLong()).as("all open, not one page").isPositive();
        assertThat(item.get("reasons").get(0).asString()).contains("fewer than the 5 required");
        assertThat(item.get("evidence").has("expectedReward")).isTrue();
        JsonNode logged =
                awaitDecision(owner, escalated.get("decisionId").asString()).get("slots").get(0);
        assertThat(logged.get("escalation").asString()).contains("fewer than the 5 required");
        JsonNode replay =
                owner.get("api/v1/decisions/" + escalated.get("decisionId").asString() + "/replay")
                        .json();
        assertThat(replay.get("matches").asBoolean()).as(replay.toString()).isTrue();

        String resolve = "api/v1/escalations/" + item.get("id").asString() + "/resolve";
        assertThat(
                        owner.post(resolve, Map.of("resolution", "explore"))
                                .json()
                                .get("errors")
                                .get(0)
                                .get("field")
                                .asString())
                .isEqualTo("comment");
        assertThat(
                        Api.as(base, Credentials.demo("viewer"))
                                .post(resolve, Map.of("resolution", "explore", "comment", "ok"))
                                .status())
                .isEqualTo(403);
        JsonNode resolved =
                owner.post(
                                resolve,
                                Map.of(
                                        "resolution",
                                        "explore",
                                        "comment",
                                        "research visitors may see both heroes"))
                        .json();
        assertThat(resolved.get("status").asString()).isEqualTo("resolved");
        assertThat(resolved.get("resolution").asString()).isEqualTo("explore");
        assertThat(
                        owner.post(resolve, Map.of("resolution", "explore", "comment", "again"))
                                .json()
                                .get("type")
                                .asString())
                .endsWith("/escalation-resolved");

        // now the bandit decides for research visitors; other segments still escalate
        JsonNode explored =
                owner.post(path, Fixtures.resolve("e-" + UUID.randomUUID(), "research", null))
                        .json()
                        .get("slots")
                        .get(0);
        assertThat(explored.get("probability").asDouble()).isLessThan(1.0);
        JsonNode other =
                owner.post(path, Fixtures.resolve("e-" + UUID.randomUUID(), "comparison", null))
                        .json()
                        .get("slots")
                        .get(0);
        assertThat(other.get("reason").asString()).startsWith("escalated: ");
    }

    private static java.util.Optional<JsonNode> openItem(Api api, String surface, String segment) {
        return api.get("api/v1/escalations?status=open").json().get("items").values().stream()
                .filter(i -> i.get("surface").asString().equals(surface))
                .filter(i -> i.get("segment").asString().startsWith(segment))
                .findFirst();
    }

    /** A published one-slot surface whose hero is decided by the learning strategy. */
    private String learningSurface(Api api) {
        return learningSurface(base, api, Fixtures.uniqueKey("learning"));
    }

    private String learningSurface(Api api, String key) {
        return learningSurface(base, api, key);
    }

    /**
     * Creates and publishes surface {@code key}: one hero slot decided by the learning strategy,
     * with two equally tagged variants, {@code calm} (the default) and {@code bright}.
     */
    static String learningSurface(URL base, Api api, String key) {
        Map<String, Object> hero =
                Map.of(
                        "key",
                        "hero",
                        "name",
                        "Hero",
                        "defaultVariant",
                        "calm",
                        "strategy",
                        "bandit",
                        "variants",
                        List.of(
                                Fixtures.variant("calm", "Welcome", Map.of()),
                                Fixtures.variant("bright", "Welcome!", Map.of())));
        return Publishing.createAndPublish(base, api, key, List.of(hero));
    }

    private static JsonNode awaitReplay(Api api, String decisionId) {
        awaitDecision(api, decisionId);
        Api.Reply replay = api.get("api/v1/decisions/" + decisionId + "/replay");
        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        return replay.json();
    }

    private static JsonNode awaitDecision(Api api, String decisionId) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> api.get("api/v1/decisions/" + decisionId), r -> r.status() == 200)
                .json();
    }
}
