package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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

/**
 * The publishing workflow through the API with the demo users: nothing reaches a page before it is
 * approved, a discount needs the strategy owner, illegal transitions name their rule, concurrent
 * approvals never double count, rollback, and the audit trail shows it all.
 */
@ArquillianTest
@RunAsClient
class WorkflowIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    Api editor() {
        return Api.as(base, Credentials.demo("editor"));
    }

    Api reviewer() {
        return Api.as(base, Credentials.demo("reviewer"));
    }

    Api strategist() {
        return Api.as(base, Credentials.demo("strategy-owner"));
    }

    Api delivery() {
        return Api.as(base, Credentials.demo("delivery"));
    }

    /** A published surface to change; returns its key. */
    String publishedSurface(String prefix) {
        String key = Fixtures.uniqueKey(prefix);
        assertThat(editor().post("api/v1/surfaces", Fixtures.surface(key)).status()).isEqualTo(201);
        long v = 1;
        assertThat(editor().post(path(key, v, "submit"), Map.of()).status()).isEqualTo(200);
        assertThat(reviewer().post(path(key, v, "approve"), Map.of()).status()).isEqualTo(200);
        assertThat(editor().post(path(key, v, "publish"), Map.of()).status()).isEqualTo(200);
        return key;
    }

    static String path(String key, long version, String action) {
        return "api/v1/surfaces/" + key + "/versions/" + version + "/" + action;
    }

    /** Adds a variant to a slot as the editor; returns the new version. */
    long addVariant(String key, String slot, Map<String, Object> variant) {
        long current = editor().get("api/v1/surfaces/" + key).json().get("version").asLong();
        Api.Reply added =
                editor().post(
                                "api/v1/surfaces/" + key + "/slots/" + slot + "/variants",
                                variant,
                                "\"" + current + "\"");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return current + 1;
    }

    String offerVariantFor(String key, String visitorLifecycle) {
        JsonNode page =
                delivery()
                        .post(
                                "api/v1/surfaces/" + key + "/resolve",
                                Fixtures.resolve("v-" + key, null, visitorLifecycle))
                        .json();
        for (JsonNode slot : page.get("slots").values()) {
            if (slot.get("slot").asString().equals("offer")) {
                return slot.get("variant").asString();
            }
        }
        throw new AssertionError("no offer slot in " + page);
    }

    @Test
    void anOrdinaryVariantReachesThePageOnlyAfterApprovalAndPublish() {
        String key = publishedSurface("ordinary");
        long v =
                addVariant(
                        key,
                        "offer",
                        Fixtures.variant(
                                "new-visitor-hello",
                                "Hello, new here?",
                                Map.of("lifecycleStages", List.of("new-visitor"))));

        assertThat(offerVariantFor(key, "new-visitor")).isEqualTo("no-offer");
        Api.Reply submitted = editor().post(path(key, v, "submit"), Map.of("comment", "new copy"));
        assertThat(submitted.json().get("review").get("stage").asString()).isEqualTo("in-review");
        assertThat(submitted.json().get("review").get("impact").get("reasons").values()).isEmpty();
        assertThat(offerVariantFor(key, "new-visitor")).isEqualTo("no-offer");

        Api.Reply early = editor().post(path(key, v, "publish"), Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("type").asString()).endsWith("/not-approved");

        Api.Reply review = reviewer().get("api/v1/surfaces/" + key + "/versions/" + v + "/review");
        assertThat(review.json().get("youMayApprove").asBoolean()).isTrue();
        assertThat(review.json().get("changes").values())
                .extracting(c -> c.get("path").asString())
                .contains("/slots[offer]/variants[new-visitor-hello]");
        JsonNode inbox = reviewer().get("api/v1/reviews?mine=true").json();
        assertThat(inbox.values())
                .anySatisfy(item ->
                        assertThat(item.get("state").get("review").get("key").asString())
                                .isEqualTo(key));

        Api.Reply approved = reviewer().post(path(key, v, "approve"), Map.of("comment", "fine"));
        assertThat(approved.json().get("review").get("stage").asString()).isEqualTo("approved");
        assertThat(offerVariantFor(key, "new-visitor")).isEqualTo("no-offer");

        Api.Reply published = editor().post(path(key, v, "publish"), Map.of());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(offerVariantFor(key, "new-visitor")).isEqualTo("new-visitor-hello");

        JsonNode audit =
                strategist().get("api/v1/audit?objectKind=surface&objectKey=" + key).json();
        assertThat(audit.get("items").values())
                .extracting(e -> e.get("action").asString() + " by " + e.get("actor").asString())
                .contains(
                        "created by editor",
                        "changed by editor",
                        "submitted by editor",
                        "approved by reviewer",
                        "published by editor",
                        "archived by editor");
        JsonNode change =
                audit.get("items").values().stream()
                        .filter(e -> e.get("action").asString().equals("changed"))
                        .findFirst()
                        .orElseThrow();
        assertThat(change.get("changes").values())
                .anySatisfy(c -> {
                    assertThat(c.get("path").asString())
                            .isEqualTo("/slots[offer]/variants[new-visitor-hello]");
                    assertThat(c.get("after").get("name").asString()).isEqualTo("Hello, new here?");
                });
    }

    @Test
    void aDiscountNeedsTheStrategyOwnerInAdditionToTheReviewer() {
        String key = publishedSurface("discount");
        Map<String, Object> discount =
                new java.util.HashMap<>(
                        Fixtures.variant(
                                "loyal-discount",
                                "10 % off for you",
                                Map.of("lifecycleStages", List.of("first-time-buyer"))));
        discount.put("offer", Map.of("type", "discount", "discountPercent", 10));
        long v = addVariant(key, "offer", discount);

        Api.Reply submitted = editor().post(path(key, v, "submit"), Map.of());
        assertThat(submitted.json().get("review").get("impact").get("reasons").values())
                .extracting(JsonNode::asString)
                .containsExactly("slot offer, variant loyal-discount: offer discount 10 %");
        Api.Reply byReviewer = reviewer().post(path(key, v, "approve"), Map.of());
        assertThat(byReviewer.json().get("review").get("stage").asString()).isEqualTo("in-review");
        assertThat(byReviewer.json().get("missing").values())
                .extracting(JsonNode::asString)
                .containsExactly("a strategy owner's approval (high impact)");
        assertThat(editor().post(path(key, v, "publish"), Map.of()).status()).isEqualTo(409);

        Api.Reply byOwner = strategist().post(path(key, v, "approve"), Map.of("comment", "ok"));
        assertThat(byOwner.json().get("review").get("stage").asString()).isEqualTo("approved");
        assertThat(editor().post(path(key, v, "publish"), Map.of()).status()).isEqualTo(200);
        assertThat(offerVariantFor(key, "first-time-buyer")).isEqualTo("loyal-discount");
    }

    @Test
    void illegalTransitionsNameTheirRule() {
        Api allRoles = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("illegal");
        allRoles.post("api/v1/surfaces", Fixtures.surface(key));

        assertRule(allRoles.post(path(key, 1, "publish"), Map.of()), 409, "not-approved");
        assertRule(allRoles.post(path(key, 1, "approve"), Map.of()), 409, "not-in-review");
        allRoles.post(path(key, 1, "submit"), Map.of());
        assertRule(allRoles.post(path(key, 1, "submit"), Map.of()), 409, "not-a-draft");
        assertRule(allRoles.post(path(key, 1, "approve"), Map.of()), 403, "own-change");
        assertRule(editor().post(path(key, 1, "approve"), Map.of()), 403, "role-required");

        Api.Reply noComment = reviewer().post(path(key, 1, "reject"), Map.of());
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().get("errors").get(0).get("field").asString())
                .isEqualTo("comment");
        Api.Reply rejected =
                reviewer().post(path(key, 1, "reject"), Map.of("comment", "Headline too long"));
        assertThat(rejected.json().get("review").get("stage").asString()).isEqualTo("draft");
        assertThat(rejected.json().get("review").get("rejection").get("comment").asString())
                .isEqualTo("Headline too long");

        allRoles.post(path(key, 1, "submit"), Map.of());
        assertThat(reviewer().post(path(key, 1, "approve"), Map.of()).status()).isEqualTo(200);
        assertRule(strategist().post(path(key, 1, "approve"), Map.of()), 409, "already-approved");
        assertRule(
                allRoles.post(
                        path(key, 1, "publish"),
                        Map.of(
                                "publishAt", "2030-01-01T00:00:00Z",
                                "unpublishAt", "2029-01-01T00:00:00Z")),
                400,
                "validation");
    }

    @Test
    void reviewersApprovingAtTheSameMomentNeverDoubleCount() throws Exception {
        Api allRoles = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("race");
        allRoles.post("api/v1/surfaces", Fixtures.surface(key));
        allRoles.post(path(key, 1, "submit"), Map.of());
        List<Api> reviewers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reviewers.add(
                    Api.as(base, Credentials.user(base, "it-racer-" + i, List.of("reviewer"))));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(reviewers.size());
        List<Future<Integer>> answers = new ArrayList<>();
        for (Api r : reviewers) {
            Callable<Integer> approve =
                    () -> {
                        start.await();
                        return r.post(path(key, 1, "approve"), Map.of()).status();
                    };
            answers.add(pool.submit(approve));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        JsonNode review = allRoles.get("api/v1/surfaces/" + key + "/versions/1/review").json();
        assertThat(review.get("state").get("review").get("approvals").values()).hasSize(1);
        assertThat(review.get("state").get("review").get("stage").asString()).isEqualTo("approved");
    }

    @Test
    void rollbackRepublishesAnEarlierVersionInOneAction() {
        String key = publishedSurface("rollback");
        long v2 =
                addVariant(
                        key,
                        "hero",
                        Fixtures.variant(
                                "research",
                                "Compare our plans",
                                Map.of("intents", List.of("research"))));
        editor().post(path(key, v2, "submit"), Map.of());
        reviewer().post(path(key, v2, "approve"), Map.of());
        editor().post(path(key, v2, "publish"), Map.of());

        Api.Reply rollback =
                editor().post(path(key, 1, "rollback"), Map.of("comment", "too early"));

        assertThat(rollback.status()).as(rollback.body()).isEqualTo(200);
        assertThat(rollback.json().get("review").get("version").asLong()).isEqualTo(3);
        assertThat(rollback.json().get("review").get("stage").asString()).isEqualTo("published");
        JsonNode surface = editor().get("api/v1/surfaces/" + key).json();
        assertThat(surface.get("publishedVersion").asLong()).isEqualTo(3);
        JsonNode hero =
                delivery()
                        .post(
                                "api/v1/surfaces/" + key + "/resolve",
                                Fixtures.resolve("v-r", "research", null))
                        .json()
                        .get("slots")
                        .get(0);
        assertThat(hero.get("variant").asString()).isEqualTo("control");
        long draft =
                addVariant(key, "hero", Fixtures.variant("draft-only", "Never live", Map.of()));
        assertRule(editor().post(path(key, draft, "rollback"), Map.of()), 409, "never-published");
        assertRule(editor().post(path(key, 3, "rollback"), Map.of()), 409, "already-live");
    }

    @Test
    void rollingBackADiscountIsHighImpactAndWaitsForReview() {
        String key = publishedSurface("rollback-offer");
        Map<String, Object> discount =
                new java.util.HashMap<>(Fixtures.variant("sale", "Sale", Map.of()));
        discount.put("offer", Map.of("type", "discount", "discountPercent", 5));
        long v2 = addVariant(key, "offer", discount);
        editor().post(path(key, v2, "submit"), Map.of());
        reviewer().post(path(key, v2, "approve"), Map.of());
        strategist().post(path(key, v2, "approve"), Map.of());
        assertThat(editor().post(path(key, v2, "publish"), Map.of()).status()).isEqualTo(200);

        Api.Reply rollback = editor().post(path(key, 1, "rollback"), Map.of());

        assertThat(rollback.status()).as(rollback.body()).isEqualTo(202);
        assertThat(rollback.json().get("review").get("stage").asString()).isEqualTo("in-review");
        assertThat(rollback.json().get("review").get("impact").get("reasons").values())
                .extracting(JsonNode::asString)
                .containsExactly("slot offer, variant sale: offer removed");
        assertThat(editor().get("api/v1/surfaces/" + key).json().get("publishedVersion").asLong())
                .isEqualTo(v2);
    }

    @Test
    void aSurfaceCreatedAgainUnderADeletedKeyStartsItsWorkflowAfresh() {
        String key = publishedSurface("recreated");
        assertThat(editor().delete("api/v1/surfaces/" + key, "\"1\"").status()).isEqualTo(204);
        assertThat(editor().post("api/v1/surfaces", Fixtures.surface(key)).status()).isEqualTo(201);

        Api.Reply submitted = editor().post(path(key, 1, "submit"), Map.of());

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("review").get("stage").asString()).isEqualTo("in-review");
        JsonNode deleted = strategist().get("api/v1/audit?action=deleted&objectKey=" + key).json();
        assertThat(deleted.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void theAuditTrailCannotBeChanged() {
        Api admin = Api.as(base, Credentials.demo("admin"));
        assertThat(admin.delete("api/v1/audit").status()).isEqualTo(405);
        assertThat(admin.put("api/v1/audit", Map.of(), null).status()).isEqualTo(405);
        assertThat(admin.get("api/v1/audit?actor=system&size=5").json().get("items").values())
                .allSatisfy(e -> assertThat(e.get("actor").asString()).isEqualTo("system"));
        Api.Reply badTime = admin.get("api/v1/audit?from=yesterday");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    @Test
    void workflowEventsReachAWebhookSignedAndRetriedUntilDelivered() throws Exception {
        Api admin = Api.as(base, Credentials.demo("admin"));
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(1)) {
            String secret = "it-webhook-secret-0123456789";
            Api.Reply hook =
                    admin.post(
                            "api/v1/webhooks",
                            Map.of(
                                    "url", receiver.url(),
                                    "secret", secret,
                                    "events", List.of("review.submitted")));
            assertThat(hook.status()).as(hook.body()).isEqualTo(201);
            String hookId = hook.json().get("webhook").get("id").asString();
            try {
                String key = Fixtures.uniqueKey("hooked");
                editor().post("api/v1/surfaces", Fixtures.surface(key));
                editor().post(path(key, 1, "submit"), Map.of());

                await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(receiver.accepted()).isNotEmpty());
                WebhookReceiver.Request first = receiver.requests().get(0);
                WebhookReceiver.Request delivered = receiver.accepted().get(0);
                assertThat(first.status()).isEqualTo(500);
                assertThat(delivered.header("Pagewright-Delivery"))
                        .isEqualTo(first.header("Pagewright-Delivery"));
                assertThat(delivered.header("Pagewright-Event")).isEqualTo("review.submitted");
                assertThat(delivered.signatureValid(secret)).isTrue();
                assertThat(delivered.signatureValid("another-secret-000000")).isFalse();
                JsonNode event = Api.JSON.readTree(delivered.body());
                assertThat(event.get("data").get("key").asString()).isEqualTo(key);
                assertThat(event.get("data").get("stage").asString()).isEqualTo("in-review");
                assertThat(event.get("data").get("actor").asString()).isEqualTo("editor");

                await().atMost(Duration.ofSeconds(10))
                        .untilAsserted(() -> {
                            JsonNode log =
                                    admin.get("api/v1/webhooks/" + hookId + "/deliveries").json();
                            assertThat(log.get(0).get("status").asString()).isEqualTo("delivered");
                            assertThat(log.get(0).get("attempts").asInt()).isEqualTo(2);
                            assertThat(log.get(0).get("lastStatus").asInt()).isEqualTo(200);
                        });
            } finally {
                admin.delete("api/v1/webhooks/" + hookId);
            }
        }
    }

    @Test
    void aPublishWindowClosesByItself() {
        Api author = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("window");
        author.post("api/v1/surfaces", Fixtures.surface(key));
        String version = "api/v1/surfaces/" + key + "/versions/1/";
        author.post(version + "submit", Map.of());
        Api.as(base, Publishing.approver(base)).post(version + "approve", Map.of());
        // Long enough that the publish is certainly seen before the window closes on a busy
        // machine.
        Instant until = Instant.now().plusSeconds(60);

        Api.Reply published =
                author.post(version + "publish", Map.of("unpublishAt", until.toString()));

        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(resolveStatus(author, key)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> assertThat(resolveStatus(author, key)).isEqualTo(404));
        assertThat(Instant.now()).isAfterOrEqualTo(until);
        JsonNode review = author.get("api/v1/surfaces/" + key + "/versions/1/review").json();
        assertThat(review.get("state").get("review").get("stage").asString()).isEqualTo("archived");
    }

    private static int resolveStatus(Api api, String key) {
        return api.post("api/v1/surfaces/" + key + "/resolve", Fixtures.resolve("v-1", null, null))
                .status();
    }

    static void assertRule(Api.Reply reply, int status, String rule) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/" + rule);
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
