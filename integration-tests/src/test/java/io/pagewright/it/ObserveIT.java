package io.pagewright.it;

import static io.pagewright.it.Events.anonymous;
import static io.pagewright.it.Events.event;
import static io.pagewright.it.ProblemDetailsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Events from a frontend become a profile, and the next resolve is personalized by it. */
@ArquillianTest
@RunAsClient
class ObserveIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @Test
    void eventsBuildAProfileThatPersonalizesTheNextResolve() {
        Api api = Api.withAllRoles(base);
        String visitor = "c-" + UUID.randomUUID();
        Instant start = Instant.now().minus(10, ChronoUnit.MINUTES);
        List<Map<String, Object>> events =
                List.of(
                        event(
                                "consent",
                                anonymous(visitor),
                                start,
                                Map.of("purpose", "personalization", "status", "granted")),
                        event(
                                "product_view",
                                anonymous(visitor),
                                start.plusSeconds(60),
                                Map.of("productId", "p-1", "category", "boots")),
                        event(
                                "product_view",
                                anonymous(visitor),
                                start.plusSeconds(120),
                                Map.of("productId", "p-2", "category", "boots")),
                        event(
                                "add_to_cart",
                                anonymous(visitor),
                                start.plusSeconds(180),
                                Map.of("productId", "p-2", "quantity", 1)));

        Api.Reply first = Events.send(api, events);
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(first.json().get("newEvents").asInt()).isEqualTo(4);
        Api.Reply resent = Events.send(api, events);
        assertThat(resent.json().get("accepted").asInt()).isEqualTo(4);
        assertThat(resent.json().get("newEvents").asInt()).isZero();
        assertThat(resent.json().get("duplicates").asInt()).isEqualTo(4);

        JsonNode profile =
                Events.awaitProfile(
                        api,
                        "anonymous",
                        visitor,
                        p -> assertThat(p.toString()).contains("boots").contains("p-2"));
        assertThat(profile.get("seenEvents").size()).isEqualTo(4);

        JsonNode page =
                api.post("api/v1/surfaces/ecommerce-homepage/resolve", Map.of("visitorId", visitor))
                        .json();
        Map<String, String> variants = new LinkedHashMap<>();
        page.get("slots")
                .values()
                .forEach(s -> variants.put(s.get("slot").asString(), s.get("variant").asString()));
        assertThat(variants)
                .containsEntry("offer", "free-shipping-threshold")
                .containsEntry("recommendation-rail", "recently-viewed");

        JsonNode stranger =
                api.post(
                                "api/v1/surfaces/ecommerce-homepage/resolve",
                                Map.of("visitorId", "c-" + UUID.randomUUID()))
                        .json();
        assertThat(stranger.get("slots").get(3).get("variant").asString()).isEqualTo("no-offer");
    }

    @Test
    void invalidEventsAreRefusedOneByOneAndAnAllInvalidBatchIsA400() {
        Api api = Api.withAllRoles(base);
        String visitor = "c-" + UUID.randomUUID();
        Map<String, Object> good =
                event(
                        "page_view",
                        anonymous(visitor),
                        Instant.now(),
                        Map.of("url", "https://shop.example/"));
        Map<String, Object> bad =
                event("purchase", anonymous(visitor), Instant.now(), Map.of("orderId", "o-1"));

        Api.Reply partial = Events.send(api, List.of(good, bad));
        assertThat(partial.status()).as(partial.body()).isEqualTo(202);
        assertThat(partial.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(partial.json().get("rejected").get(0).get("index").asInt()).isEqualTo(1);

        Api.Reply none = Events.send(api, List.of(bad));
        assertProblem(none, 400, "validation");
        assertThat(none.body()).contains("events[0]");
        assertProblem(
                api.get("api/v1/profiles/anonymous/nobody-" + UUID.randomUUID()),
                404,
                "profile-not-found");
    }

    @Test
    void concurrentResendsOfOneBatchCountEveryEventOnce() throws Exception {
        Api api = Api.withAllRoles(base);
        String visitor = "c-" + UUID.randomUUID();
        Instant start = Instant.now().minus(5, ChronoUnit.MINUTES);
        List<Map<String, Object>> batch = new ArrayList<>();
        batch.add(
                event(
                        "consent",
                        anonymous(visitor),
                        start.minusSeconds(1),
                        Map.of("purpose", "personalization", "status", "granted")));
        for (int i = 0; i < 50; i++) {
            batch.add(
                    event(
                            "product_view",
                            anonymous(visitor),
                            start.plusSeconds(i),
                            Map.of("productId", "p-" + i, "category", "tents")));
        }
        int senders = 8;
        CountDownLatch ready = new CountDownLatch(senders);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            replies.add(
                    CompletableFuture.supplyAsync(
                            () -> {
                                ready.countDown();
                                try {
                                    ready.await();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                return Events.send(api, batch);
                            },
                            pool));
        }
        int fresh = 0;
        for (CompletableFuture<Api.Reply> reply : replies) {
            Api.Reply r = reply.get();
            assertThat(r.status()).as(r.body()).isEqualTo(202);
            assertThat(r.json().get("accepted").asInt()).isEqualTo(51);
            fresh += r.json().get("newEvents").asInt();
        }
        pool.shutdown();
        assertThat(fresh).isEqualTo(51);

        Events.awaitConsumed(api);
        JsonNode profile = api.get("api/v1/profiles/anonymous/" + visitor).json();
        assertThat(profile.get("seenEvents").size()).isEqualTo(51);
        assertThat(profile.get("behavior").toString()).contains("p-49");
        assertThat(Events.countInIndex("identity.anonymousId:\"" + visitor + "\"")).isEqualTo(51);
    }

    @Test
    void closedIntakeAnswers503WithRetryAfterAndKeepsNothing() {
        Api api = Api.withAllRoles(base);
        String visitor = "c-" + UUID.randomUUID();
        Map<String, Object> view =
                event(
                        "page_view",
                        anonymous(visitor),
                        Instant.now(),
                        Map.of("url", "https://shop.example/"));
        assertThat(api.put("api/v1/admin/events/intake", Map.of("open", false), null).status())
                .isEqualTo(200);
        try {
            Api.Reply refused = Events.send(api, List.of(view));
            assertProblem(refused, 503, "intake-closed");
            assertThat(refused.header("Retry-After")).contains("30");
        } finally {
            api.put("api/v1/admin/events/intake", Map.of("open", true), null);
        }
        Api.Reply accepted = Events.send(api, List.of(view));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("newEvents").asInt()).isEqualTo(1);
    }

    @Test
    void statsCountAcceptedDuplicatesRejectedAndLag() {
        Api api = Api.withAllRoles(base);
        String visitor = "c-" + UUID.randomUUID();
        Map<String, Object> view =
                event(
                        "page_view",
                        anonymous(visitor),
                        Instant.now(),
                        Map.of("url", "https://shop.example/"));
        JsonNode before = api.get("api/v1/admin/events/stats").json().get("node");
        Events.send(api, List.of(view));
        Events.send(api, List.of(view, Map.of("type", "page_view", "eventId", "x")));
        Events.awaitConsumed(api);
        JsonNode after = api.get("api/v1/admin/events/stats").json().get("node");
        assertThat(after.get("accepted").asLong() - before.get("accepted").asLong()).isEqualTo(2);
        assertThat(after.get("duplicates").asLong() - before.get("duplicates").asLong())
                .isEqualTo(1);
        assertThat(after.get("rejected").asLong() - before.get("rejected").asLong()).isEqualTo(1);
        assertThat(after.get("foldLagMillis").get("samples").asLong()).isPositive();
        assertThat(after.get("foldLagMillis").get("p99").asLong()).isNotNegative();
    }
}
