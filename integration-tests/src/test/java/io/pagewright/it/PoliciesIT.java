package io.pagewright.it;

import static io.pagewright.it.ProblemDetailsIT.assertProblem;
import static io.pagewright.it.ProblemDetailsIT.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.LinkedHashMap;
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
 * Policies through the real API: versioned documents with optimistic locking, validation with paths
 * and predicate positions, activation, the publish-time check of slot defaults in both directions,
 * and the dry run.
 */
@ArquillianTest
@RunAsClient
class PoliciesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    private static Map<String, Object> policy(String key, Map<String, Object>... rules) {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("key", key);
        policy.put("rules", List.of(rules));
        return policy;
    }

    private static Map<String, Object> cap(String id, int maxPercent) {
        return Map.of("type", "discount-cap", "id", id, "maxPercent", maxPercent);
    }

    @Test
    void thePoliciesAreVersionedDocumentsWithOptimisticLocking() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("policy");

        Api.Reply created = api.post("api/v1/policies?comment=first", policy(key, cap("cap", 20)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("ETag")).contains("\"1\"");
        assertThat(created.header("Location").orElseThrow()).endsWith("/api/v1/policies/" + key);
        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        assertThat(created.json().get("active").asBoolean()).isFalse();

        assertProblem(
                api.put("api/v1/policies/" + key, policy(key, cap("cap", 15)), null),
                428,
                "precondition-required");
        Api.Reply updated = api.put("api/v1/policies/" + key, policy(key, cap("cap", 15)), "\"1\"");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.header("ETag")).contains("\"2\"");
        Api.Reply stale = api.put("api/v1/policies/" + key, policy(key, cap("cap", 10)), "\"1\"");
        assertProblem(stale, 409, "stale-version");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        assertProblem(
                api.post("api/v1/policies", policy(key, cap("cap", 5))), 409, "policy-exists");

        JsonNode versions = api.get("api/v1/policies/" + key + "/versions").json();
        assertThat(versions.get("total").asInt()).isEqualTo(2);
        assertThat(versions.get("items").get(0).get("version").asLong()).isEqualTo(2);
        JsonNode first = api.get("api/v1/policies/" + key + "/versions/1").json();
        assertThat(first.get("rules").get(0).get("maxPercent").asInt()).isEqualTo(20);
        assertThat(first.get("comment").asString()).isEqualTo("first");
        assertThat(
                        api.get("api/v1/policies/" + key)
                                .json()
                                .get("rules")
                                .get(0)
                                .get("maxPercent")
                                .asInt())
                .isEqualTo(15);
        JsonNode list = api.get("api/v1/policies").json();
        assertThat(list.get("items").values().stream().map(p -> p.get("key").asString()))
                .contains(key, "ecommerce-homepage", "saas-onboarding");

        assertProblem(api.get("api/v1/policies/no-such-policy"), 404, "policy-not-found");
        assertProblem(api.get("api/v1/policies/" + key + "/versions/9"), 404, "version-not-found");
    }

    @Test
    void publishingAnApprovedVersionMakesItActive() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("policy");
        api.post("api/v1/policies", policy(key, cap("cap", 20)));

        Api.Reply published = Publishing.publishPolicy(base, key, 1);

        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("review").get("stage").asString()).isEqualTo("published");
        assertThat(published.json().get("review").get("impact").get("reasons").values())
                .isNotEmpty();
        api.put("api/v1/policies/" + key, policy(key, cap("cap", 15)), "\"1\"");
        JsonNode current = api.get("api/v1/policies/" + key).json();
        assertThat(current.get("version").asLong()).isEqualTo(2);
        assertThat(current.get("activeVersion").asLong()).isEqualTo(1);
        assertThat(current.get("active").asBoolean()).isFalse();
        assertThat(
                        api.get("api/v1/policies/" + key + "/versions")
                                .json()
                                .get("items")
                                .get(1)
                                .get("active")
                                .asBoolean())
                .isTrue();
        assertProblem(Publishing.publishPolicy(base, key, 7), 404, "version-not-found");
    }

    @Test
    void aPolicyIsActiveOnlyAfterAStrategyOwnerApprovedIt() {
        Api author = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("policy");
        author.post("api/v1/policies", policy(key, cap("cap", 20)));
        String version = "api/v1/policies/" + key + "/versions/1/";

        assertProblem(
                Api.as(base, Credentials.demo("editor")).post(version + "submit", Map.of()),
                403,
                "policy-submitter");
        author.post(version + "submit", Map.of());
        assertProblem(author.post(version + "publish", Map.of()), 409, "not-approved");
        assertProblem(author.post(version + "approve", Map.of()), 403, "own-change");
        Api reviewer = Api.as(base, Credentials.demo("reviewer"));
        assertProblem(reviewer.post(version + "approve", Map.of()), 403, "policy-approver");
        assertThat(author.get("api/v1/policies/" + key).json().get("activeVersion").isNull())
                .isTrue();

        Api owner = Api.as(base, Credentials.demo("strategy-owner"));
        assertThat(owner.post(version + "approve", Map.of()).status()).isEqualTo(200);
        assertThat(author.post(version + "publish", Map.of()).status()).isEqualTo(200);
        assertThat(author.get("api/v1/policies/" + key).json().get("activeVersion").asLong())
                .isEqualTo(1);
    }

    @Test
    void invalidDocumentsAreRefusedWithThePathOfEveryMistake() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("policy");

        Api.Reply unknownField =
                api.post(
                        "api/v1/policies",
                        policy(key, Map.of("type", "discount-cap", "id", "cap", "maxPercnt", 15)));
        assertProblem(unknownField, 400, "invalid-json");
        assertThat(fields(unknownField.json())).containsExactly("rules[0].maxPercnt");

        Api.Reply unknownType =
                api.post(
                        "api/v1/policies",
                        policy(key, Map.of("type", "discount-limit", "id", "cap")));
        assertProblem(unknownType, 400, "invalid-json");

        Api.Reply broken =
                api.post(
                        "api/v1/policies",
                        policy(
                                key,
                                Map.of(
                                        "type",
                                        "frequency-cap",
                                        "id",
                                        "cap",
                                        "subject",
                                        "variant",
                                        "key",
                                        "spring-sale",
                                        "max",
                                        -1,
                                        "window",
                                        "day"),
                                Map.of(
                                        "type",
                                        "exclusion",
                                        "id",
                                        "minors",
                                        "when",
                                        "ageBand == \"under-18\" or agebnd exists",
                                        "exclude",
                                        Map.of("categories", List.of("alcohol"))),
                                cap("cap", 120)));
        assertProblem(broken, 400, "validation");
        assertThat(fields(broken.json()))
                .contains("rules[0].max", "rules[1].when", "rules[2].maxPercent", "rules[2].id");
        JsonNode when =
                broken.json().get("errors").values().stream()
                        .filter(e -> e.get("field").asString().equals("rules[1].when"))
                        .findFirst()
                        .orElseThrow();
        assertThat(when.get("position").asInt()).isEqualTo(25);
        assertThat(when.get("message").asString()).contains("agebnd").contains("ageBand");

        Api.Reply contradictory =
                api.post(
                        "api/v1/policies",
                        policy(
                                key,
                                Map.of(
                                        "type",
                                        "offer-budget",
                                        "id",
                                        "no-discounts",
                                        "offerType",
                                        "discount",
                                        "maxPerPage",
                                        0),
                                Map.of(
                                        "type",
                                        "offer-budget",
                                        "id",
                                        "one-discount",
                                        "offerType",
                                        "discount",
                                        "maxPerPage",
                                        1)));
        assertProblem(contradictory, 400, "validation");
        assertThat(api.get("api/v1/policies/" + key).status()).isEqualTo(404);
    }

    @Test
    void aPolicyThatWouldRemoveAPublishedDefaultIsRefused() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("guarded");
        api.post("api/v1/surfaces", Fixtures.surface(key));
        assertThat(Publishing.publish(base, key).status()).isEqualTo(200);
        Map<String, Object> excludesTheHeroDefault =
                policy(
                        key,
                        Map.of(
                                "type",
                                "exclusion",
                                "id",
                                "no-control",
                                "exclude",
                                Map.of("variants", List.of("control"))));
        api.post("api/v1/policies", excludesTheHeroDefault);

        Api.Reply refused = Publishing.publishPolicy(base, key, 1);

        assertProblem(refused, 409, "policy-default-conflict");
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("rules[0]");
        assertThat(error.get("message").asString())
                .contains("'control'")
                .contains("'hero'")
                .contains("no-control");
        assertThat(api.get("api/v1/policies/" + key).json().has("activeVersion")).isTrue();
        assertThat(api.get("api/v1/policies/" + key).json().get("activeVersion").isNull()).isTrue();
    }

    @Test
    void aSurfaceWhoseDefaultWouldBreakTheActivePolicyIsNotPublished() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("guarded");
        api.post("api/v1/surfaces", Fixtures.surface(key));
        assertThat(Publishing.publish(base, key).status()).isEqualTo(200);
        api.post(
                "api/v1/policies",
                policy(
                        key,
                        Map.of(
                                "type",
                                "exclusion",
                                "id",
                                "no-bikes",
                                "exclude",
                                Map.of("categories", List.of("bikes")))));
        assertThat(Publishing.publishPolicy(base, key, 1).status()).isEqualTo(200);

        Map<String, Object> surface = new LinkedHashMap<>(Fixtures.surface(key));
        Map<String, Object> bikes =
                Map.of(
                        "key",
                        "control",
                        "name",
                        "Bikes",
                        "componentType",
                        "hero-banner",
                        "content",
                        Map.of("headline", "Bikes"),
                        "tags",
                        Map.of("categories", List.of("bikes")));
        surface.put(
                "slots",
                List.of(
                        Fixtures.slot("hero", "control", bikes),
                        ((List<?>) Fixtures.surface(key).get("slots")).get(1)));
        assertThat(api.put("api/v1/surfaces/" + key, surface, "\"1\"").status()).isEqualTo(200);

        Api.Reply refused = Publishing.publish(base, key);

        assertProblem(refused, 409, "policy-default-conflict");
        assertThat(fields(refused.json())).containsExactly("slots[0].defaultVariant");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains("no-bikes");
        assertThat(api.get("api/v1/surfaces/" + key).json().get("publishedVersion").asLong())
                .isEqualTo(1);
    }

    @Test
    void aDryRunComparesADraftWithTheActivePolicy() {
        Api api = Api.withAllRoles(base);
        JsonNode demo = api.get("api/v1/policies/ecommerce-homepage").json();
        List<Object> withoutConsent =
                demo.get("rules").values().stream()
                        .filter(r -> !r.get("type").asString().equals("consent-required"))
                        .map(r -> (Object) Api.JSON.convertValue(r, Map.class))
                        .toList();
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("key", "ecommerce-homepage");
        draft.put("rules", withoutConsent);

        Api.Reply report = api.post("api/v1/policies/dry-run?visitors=100&seed=7", draft);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode json = report.json();
        assertThat(json.get("pages").asInt()).isEqualTo(100);
        assertThat(json.get("decisions").asInt()).isEqualTo(400);
        assertThat(json.get("changedPages").asInt()).isPositive();
        assertThat(json.get("current").get("key").asString()).isEqualTo("ecommerce-homepage");
        assertThat(json.get("rules").values().stream().map(r -> r.get("ruleId").asString()))
                .contains("personalization-consent");
        assertThat(json.get("examples").size()).isPositive();

        Api.Reply stored =
                api.post(
                        "api/v1/policies/ecommerce-homepage/versions/1/dry-run?visitors=50",
                        Map.of());
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.json().get("changedDecisions").asInt()).isZero();

        assertProblem(
                api.post("api/v1/policies/dry-run?surface=no-such-surface", draft),
                404,
                "surface-not-found");
        assertProblem(api.post("api/v1/policies/dry-run?visitors=0", draft), 400, "validation");
    }
}
