package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every demo policy bites through the real resolve API: consent, discount cap, one discount per
 * session, underage exclusion, legal companion, frequency cap, prompt budget, and the cap of one
 * under concurrent resolves. Rules that the demo content cannot trigger (no demo variant is above
 * 15 %, in a restricted category or without legal text) are shown on a copy of the demo surface
 * with such variants, under a copy of the demo policy.
 */
@ArquillianTest
@RunAsClient
class GuardrailsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @Test
    void withoutConsentTheVisitorGetsTheDefaultExperience() {
        Api api = Api.withAllRoles(base);
        String visitor = "c-" + UUID.randomUUID();

        JsonNode page =
                resolve(
                        api,
                        "ecommerce-homepage",
                        visitor,
                        "post-purchase",
                        "loyal-customer",
                        true);

        assertThat(variants(page))
                .containsEntry("hero", "seasonal-campaign")
                .containsEntry("offer", "no-offer");
        assertThat(page.get("personalized").asBoolean()).isFalse();
        assertThat(page.get("slots").get(0).get("strategy").asString()).isEqualTo("default");
        assertThat(page.get("policies").get(0).get("key").asString())
                .isEqualTo("ecommerce-homepage");
        assertThat(removals(page, "hero"))
                .containsEntry("loyalty-message", "personalization-consent");

        grantConsent(api, visitor);
        JsonNode consented =
                resolve(
                        api,
                        "ecommerce-homepage",
                        visitor,
                        "post-purchase",
                        "loyal-customer",
                        false);
        assertThat(variants(consented)).containsEntry("hero", "loyalty-message");
        assertThat(consented.get("personalized").asBoolean()).isTrue();
        assertThat(consented.has("explanations")).isFalse();
    }

    @Test
    void oneDiscountOfferPerSession() {
        Api api = Api.withAllRoles(base);
        String visitor = consentingVisitor(api);

        JsonNode first =
                resolve(
                        api,
                        "ecommerce-homepage",
                        visitor,
                        "post-purchase",
                        "loyal-customer",
                        false);
        JsonNode second =
                resolve(
                        api,
                        "ecommerce-homepage",
                        visitor,
                        "post-purchase",
                        "loyal-customer",
                        true);

        assertThat(variants(first)).containsEntry("offer", "loyalty-bonus");
        assertThat(variants(second)).containsEntry("offer", "no-offer");
        assertThat(removals(second, "offer"))
                .containsEntry("loyalty-bonus", "one-discount-per-session");
    }

    @Test
    void aDiscountAboveTheCapIsNeverServed() {
        Api api = Api.withAllRoles(base);
        String surface = guardedCopyOfTheShop(base, api);
        String visitor = consentingVisitor(api);

        JsonNode page = resolve(api, surface, visitor, "comparison", "new-visitor", true);

        // without the cap the clearance (the only comparison offer) would win
        assertThat(variants(page)).containsEntry("offer", "free-shipping-threshold");
        assertThat(removals(page, "offer")).containsEntry("clearance-25", "max-15-percent");
    }

    @Test
    void anOfferWithoutLegalTextNeedsACompanion() {
        Api api = Api.withAllRoles(base);
        String surface = guardedCopyOfTheShop(base, api);
        String visitor = consentingVisitor(api);

        JsonNode page = resolve(api, surface, visitor, "research", "new-visitor", true);

        // without the rule the gift (the only research offer) would win
        assertThat(variants(page)).containsEntry("offer", "free-shipping-threshold");
        assertThat(removals(page, "offer")).containsEntry("free-gift", "offers-need-legal-text");
    }

    @Test
    void restrictedCategoriesAreNotShownToMinorsOrVisitorsOfUnknownAge() {
        Api api = Api.withAllRoles(base);
        String surface = guardedCopyOfTheShop(base, api);
        String unknownAge = consentingVisitor(api);
        String minor = consentingVisitor(api);
        signUp(api, minor, "under-18");
        String adult = consentingVisitor(api);
        signUp(api, adult, "25-34");

        JsonNode unknown = resolve(api, surface, unknownAge, "research", "loyal-customer", true);
        JsonNode young = resolve(api, surface, minor, "research", "loyal-customer", true);
        JsonNode grown = resolve(api, surface, adult, "research", "loyal-customer", false);

        assertThat(variants(unknown)).containsEntry("recommendation-rail", "trending-in-category");
        assertThat(removals(unknown, "recommendation-rail"))
                .containsEntry("wine-pairings", "no-restricted-categories-for-minors");
        assertThat(variants(young)).containsEntry("recommendation-rail", "trending-in-category");
        assertThat(variants(grown)).containsEntry("recommendation-rail", "wine-pairings");
    }

    @Test
    void theCheckInPromptAtMostOnceADay() {
        Api api = Api.withAllRoles(base);
        String visitor = "u-" + UUID.randomUUID();

        JsonNode first = resolve(api, "saas-onboarding", visitor, null, "at-risk", false);
        JsonNode second = resolve(api, "saas-onboarding", visitor, null, "at-risk", true);

        assertThat(variants(first)).containsEntry("in-app-prompt", "at-risk-check-in");
        assertThat(variants(second)).containsEntry("in-app-prompt", "no-prompt");
        assertThat(removals(second, "in-app-prompt"))
                .containsEntry("at-risk-check-in", "check-in-once-a-day");
        assertThat(second.get("policies").get(0).get("key").asString())
                .isEqualTo("saas-onboarding");
    }

    @Test
    void atMostThreePromptsPerSession() {
        Api api = Api.withAllRoles(base);
        String visitor = "u-" + UUID.randomUUID();

        List<String> prompts = new ArrayList<>();
        JsonNode last = null;
        for (int i = 0; i < 4; i++) {
            last = resolve(api, "saas-onboarding", visitor, null, "trial", true);
            prompts.add(variants(last).get("in-app-prompt"));
        }

        assertThat(prompts)
                .containsExactly(
                        "setup-integration-tooltip",
                        "setup-integration-tooltip",
                        "setup-integration-tooltip",
                        "no-prompt");
        assertThat(removals(last, "in-app-prompt"))
                .containsEntry("setup-integration-tooltip", "three-prompts-per-session");
    }

    @Test
    void concurrentResolvesNeverTakeMoreThanACapOfOne() {
        List<String> prompts = concurrentPrompts(List.of(base), "u-" + UUID.randomUUID(), 24);

        assertThat(prompts).hasSize(24);
        assertThat(prompts).filteredOn("at-risk-check-in"::equals).hasSize(1);
    }

    /**
     * Sends {@code calls} at-risk resolves of the onboarding surface for one visitor at once,
     * spread over {@code nodes} in turn, and returns the in-app prompt each page got.
     */
    static List<String> concurrentPrompts(List<URL> nodes, String visitor, int calls) {
        HttpClient http = HttpClient.newHttpClient();
        String body =
                Api.JSON.writeValueAsString(
                        Map.of(
                                "visitorId",
                                visitor,
                                "context",
                                Map.of("lifecycleStage", "at-risk")));
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            URI uri =
                    URI.create(
                            nodes.get(i % nodes.size())
                                    + "api/v1/surfaces/saas-onboarding/resolve");
            sent.add(
                    http.sendAsync(
                            HttpRequest.newBuilder(uri)
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", Credentials.demo("delivery").basic())
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()));
        }
        List<String> prompts = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> call : sent) {
            HttpResponse<String> response = call.join();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            prompts.add(variants(Api.JSON.readTree(response.body())).get("in-app-prompt"));
        }
        return prompts;
    }

    @Test
    void theGlobalPolicyGovernsEverySurfaceItsRulesCover() {
        Api api = Api.withAllRoles(base);
        String surface = guardedCopyOfTheShop(base, api);
        String visitor = consentingVisitor(api);
        String ruleId = "no-discounts-" + surface;
        // Scoped to this test's surface: the global policy stays active for the rest of the suite.
        Map<String, Object> cap =
                Map.of(
                        "type",
                        "discount-cap",
                        "id",
                        ruleId,
                        "surfaces",
                        List.of(surface),
                        "maxPercent",
                        5);

        // A rule id that a surface's policy already uses is refused: explanations name one rule.
        long clashing =
                saveGlobal(
                        api,
                        List.of(
                                Map.of(
                                        "type",
                                        "discount-cap",
                                        "id",
                                        "max-15-percent",
                                        "maxPercent",
                                        15)));
        Api.Reply refused = Publishing.publishPolicy(base, "global", clashing);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("/policy-rule-id-conflict");
        assertThat(refused.json().get("errors").get(0).get("field").asString())
                .isEqualTo("rules[0].id");

        long version = saveGlobal(api, List.of(cap));
        Api.Reply active = Publishing.publishPolicy(base, "global", version);
        assertThat(active.status()).as(active.body()).isEqualTo(200);

        JsonNode page = resolve(api, surface, visitor, "post-purchase", "loyal-customer", true);
        assertThat(variants(page)).doesNotContainEntry("offer", "loyalty-bonus");
        assertThat(removals(page, "offer")).containsEntry("loyalty-bonus", ruleId);
        assertThat(page.get("policies").values())
                .extracting(p -> p.get("key").asString() + "@" + p.get("version").asLong())
                .containsExactly(surface + "@1", "global@" + version);

        // Another surface is outside the rule's scope: the demo shop still makes its offer.
        JsonNode demo =
                resolve(
                        api,
                        "ecommerce-homepage",
                        consentingVisitor(api),
                        "post-purchase",
                        "loyal-customer",
                        false);
        assertThat(variants(demo)).containsEntry("offer", "loyalty-bonus");
    }

    /** Creates the global policy or writes a new version of it; returns the version written. */
    private static long saveGlobal(Api api, List<Map<String, Object>> rules) {
        Map<String, Object> document = Map.of("key", "global", "rules", rules);
        Api.Reply current = api.get("api/v1/policies/global");
        Api.Reply saved =
                current.status() == 404
                        ? api.post("api/v1/policies", document)
                        : api.put(
                                "api/v1/policies/global",
                                document,
                                "\"" + current.json().get("version").asLong() + "\"");
        assertThat(saved.status()).as(saved.body()).isIn(200, 201);
        return saved.json().get("version").asLong();
    }

    @Test
    void aPreviewCountsNothingAndShowsAConsentingVisitor() {
        Api api = Api.withAllRoles(base);
        Map<String, Object> request =
                Map.of(
                        "visitorId",
                        "preview-" + UUID.randomUUID(),
                        "context",
                        Map.of("lifecycleStage", "loyal-customer", "intent", "post-purchase"),
                        "preview",
                        true);

        String path = "api/v1/surfaces/ecommerce-homepage/resolve?explain=true";
        JsonNode first = api.post(path, request).json();
        JsonNode second = api.post(path, request).json();

        assertThat(variants(first)).as(first.toString()).containsEntry("offer", "loyalty-bonus");
        assertThat(variants(second)).as(second.toString()).containsEntry("offer", "loyalty-bonus");

        Api delivery = Api.as(base, Credentials.demo("delivery"));
        Api.Reply refused = delivery.post("api/v1/surfaces/ecommerce-homepage/resolve", request);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).endsWith("/preview-role");
        Api.Reply noExplain =
                delivery.post(path, Fixtures.resolve("v-" + UUID.randomUUID(), null, null));
        assertThat(noExplain.json().get("type").asString()).endsWith("/explain-role");
    }

    // --- helpers -------------------------------------------------------------------------------

    private static JsonNode resolve(
            Api api, String surface, String visitor, String intent, String stage, boolean explain) {
        Api.Reply reply =
                api.post(
                        "api/v1/surfaces/"
                                + surface
                                + "/resolve"
                                + (explain ? "?explain=true" : ""),
                        Fixtures.resolve(visitor, intent, stage));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    static Map<String, String> variants(JsonNode page) {
        Map<String, String> variants = new LinkedHashMap<>();
        page.get("slots")
                .values()
                .forEach(s -> variants.put(s.get("slot").asString(), s.get("variant").asString()));
        return variants;
    }

    /** Variant → rule id of every removal in one slot's explanation. */
    static Map<String, String> removals(JsonNode page, String slot) {
        Map<String, String> removals = new HashMap<>();
        page.get("explanations").values().stream()
                .filter(e -> e.get("slot").asString().equals(slot))
                .flatMap(e -> e.get("removals").values().stream())
                .forEach(
                        r -> removals.put(r.get("variant").asString(), r.get("ruleId").asString()));
        return removals;
    }

    private static String consentingVisitor(Api api) {
        String visitor = "c-" + UUID.randomUUID();
        grantConsent(api, visitor);
        return visitor;
    }

    private static void grantConsent(Api api, String visitor) {
        Profiles.grantConsent(api, visitor);
    }

    private static void signUp(Api api, String visitor, String ageBand) {
        Map<String, Object> signup = new LinkedHashMap<>();
        signup.put("type", "signup");
        signup.put("eventId", UUID.randomUUID().toString());
        signup.put("occurredAt", Instant.now().toString());
        signup.put("identity", Map.of("anonymousId", visitor));
        signup.put("ageBand", ageBand);
        Api.Reply reply = api.post("api/v1/events", Map.of("events", List.of(signup)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        Profiles.awaitVisitor(api, visitor, v -> ageBand.equals(v.path("ageBand").asString("")));
    }

    /**
     * Submits, approves and publishes version 1 of a new surface whose offers make it high impact:
     * a strategy owner's approval and one more.
     */
    private static Api.Reply publishHighImpact(URL base, String key) {
        Api author = Api.withAllRoles(base);
        String version = "api/v1/surfaces/" + key + "/versions/1";
        assertThat(author.post(version + "/submit", Map.of("comment", "guarded copy")).status())
                .isEqualTo(200);
        Api.Reply owner =
                Api.as(base, Publishing.approver(base)).post(version + "/approve", Map.of());
        assertThat(owner.status()).as(owner.body()).isEqualTo(200);
        Api.Reply reviewer =
                Api.as(base, Credentials.demo("reviewer")).post(version + "/approve", Map.of());
        assertThat(reviewer.status()).as(reviewer.body()).isEqualTo(200);
        assertThat(reviewer.json().get("review").get("stage").asString()).isEqualTo("approved");
        return author.post(version + "/publish", Map.of());
    }

    /**
     * A copy of the demo homepage with variants the demo does not have (a 25 % clearance, a gift
     * without legal text, wine pairings), published under a copy of the demo policy.
     */
    @SuppressWarnings("unchecked")
    static String guardedCopyOfTheShop(URL base, Api api) {
        return guardedCopyOfTheShop(base, api, null);
    }

    /** The same, with every slot decided by {@code strategy} (null: the slots' own). */
    static String guardedCopyOfTheShop(URL base, Api api, String strategy) {
        String key = Fixtures.uniqueKey("guarded-shop");
        Map<String, Object> bundle =
                Api.JSON.readValue(
                        api.get("api/v1/surfaces/ecommerce-homepage/export").body(), Map.class);
        Map<String, Object> surface = (Map<String, Object>) bundle.get("surface");
        surface.put("key", key);
        for (Map<String, Object> slot : (List<Map<String, Object>>) surface.get("slots")) {
            List<Map<String, Object>> variants = (List<Map<String, Object>>) slot.get("variants");
            slot.remove("constraints"); // here the policy is the only guardrail
            if (strategy != null) {
                slot.put("strategy", strategy);
            }
            if (slot.get("key").equals("offer")) {
                variants.add(
                        Map.of(
                                "key",
                                "clearance-25",
                                "name",
                                "Clearance",
                                "componentType",
                                "offer-block",
                                "content",
                                Map.of("headline", "25 % off", "legalText", "While stocks last."),
                                "tags",
                                Map.of("intents", List.of("comparison")),
                                "offer",
                                Map.of("type", "discount", "discountPercent", 25)));
                variants.add(
                        Map.of(
                                "key",
                                "free-gift",
                                "name",
                                "Free gift",
                                "componentType",
                                "offer-block",
                                "content",
                                Map.of("headline", "A free gift with every order"),
                                "tags",
                                Map.of("intents", List.of("research")),
                                "offer",
                                Map.of("type", "gift")));
            }
            if (slot.get("key").equals("recommendation-rail")) {
                variants.add(
                        Map.of(
                                "key", "wine-pairings",
                                "name", "Wine pairings",
                                "componentType", "recommendation-rail",
                                "content",
                                        Map.of(
                                                "title",
                                                "Wines for you",
                                                "strategy",
                                                "trending-in-preferred-category"),
                                "tags",
                                        Map.of(
                                                "intents", List.of("research"),
                                                "lifecycleStages", List.of("loyal-customer"),
                                                "categories", List.of("alcohol"))));
            }
        }
        Api.Reply imported = api.post("api/v1/surfaces/import", bundle);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        Api.Reply published = publishHighImpact(base, key);
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        JsonNode demo = api.get("api/v1/policies/ecommerce-homepage").json();
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("key", key);
        policy.put("rules", Api.JSON.convertValue(demo.get("rules"), List.class));
        Api.Reply created = api.post("api/v1/policies", policy);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Reply active = Publishing.publishPolicy(base, key, 1);
        assertThat(active.status()).as(active.body()).isEqualTo(200);
        return key;
    }
}
