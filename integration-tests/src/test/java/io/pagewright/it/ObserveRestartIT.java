package io.pagewright.it;

import static io.pagewright.it.Events.anonymous;
import static io.pagewright.it.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

/**
 * The WildFly process is killed while frontends send events, and started again: every event the API
 * acknowledged with 202 ends up in its profile and in Elasticsearch.
 */
@ArquillianTest
@RunAsClient
@EnabledIfSystemProperty(
        named = "arquillian.launch",
        matches = "wildfly-manual",
        disabledReason = "controls its own server: runs in the it-restart-* executions only")
class ObserveRestartIT {

    private static final String CONTAINER = "wildfly-manual";
    private static final String DEPLOYMENT = "pagewright";
    private static final int VISITORS = 20;
    private static final int SENDERS = 4;

    @ArquillianResource ContainerController controller;
    @ArquillianResource Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer(CONTAINER)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @Test
    void killingTheServerInTheMiddleOfIngestionLosesNoAcceptedEvent() throws Exception {
        controller.start(CONTAINER);
        deployer.deploy(DEPLOYMENT);
        int offset = Integer.parseInt(System.getProperty("it.port.offset", "100"));
        Api api =
                Api.withAllRoles(
                        java.net.URI.create("http://127.0.0.1:" + (8080 + offset) + "/").toURL());
        List<String> visitors = new ArrayList<>();
        for (int i = 0; i < VISITORS; i++) {
            visitors.add("c-" + UUID.randomUUID());
        }
        Map<String, Set<String>> accepted = new ConcurrentHashMap<>();
        AtomicInteger acceptedBatches = new AtomicInteger();
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            Thread sender =
                    Thread.ofPlatform()
                            .start(() ->
                                    sendUntilTheServerIsGone(
                                            api, visitors, accepted, acceptedBatches));
            senders.add(sender);
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> acceptedBatches.get() >= 60);

        controller.kill(CONTAINER);
        for (Thread sender : senders) {
            sender.join();
        }
        int acknowledged = accepted.values().stream().mapToInt(Set::size).sum();
        assertThat(acknowledged).isGreaterThanOrEqualTo(60 * 50);

        controller.start(CONTAINER);
        await().atMost(Duration.ofSeconds(120))
                .ignoreExceptions()
                .until(() -> api.get("api/v1/admin/events/stats").status() == 200);
        Events.awaitConsumed(api);

        for (Map.Entry<String, Set<String>> visitor : accepted.entrySet()) {
            JsonNode profile = api.get("api/v1/profiles/anonymous/" + visitor.getKey()).json();
            Set<String> seen = new java.util.HashSet<>(profile.get("seenEvents").propertyNames());
            assertThat(seen).as(visitor.getKey()).containsAll(visitor.getValue());
        }
        List<String> ids = accepted.values().stream().flatMap(Set::stream).toList();
        assertThat(Events.countInIndex(Map.of("terms", Map.of("eventId", ids))))
                .isEqualTo(ids.size());

        deployer.undeploy(DEPLOYMENT);
        controller.stop(CONTAINER);
    }

    /** Sends batches of 50 events (a consent, then views) until the connection fails. */
    private static void sendUntilTheServerIsGone(
            Api api,
            List<String> visitors,
            Map<String, Set<String>> accepted,
            AtomicInteger acceptedBatches) {
        Instant start = Instant.now().minus(30, ChronoUnit.MINUTES);
        while (true) {
            String visitor = visitors.get(ThreadLocalRandom.current().nextInt(visitors.size()));
            List<Map<String, Object>> batch = new ArrayList<>();
            batch.add(
                    event(
                            "consent",
                            anonymous(visitor),
                            start,
                            Map.of("purpose", "personalization", "status", "granted")));
            for (int i = 1; i < 50; i++) {
                batch.add(
                        event(
                                "product_view",
                                anonymous(visitor),
                                start.plusSeconds(ThreadLocalRandom.current().nextInt(1, 1500)),
                                Map.of("productId", "p-" + i, "category", "tents")));
            }
            Api.Reply reply;
            try {
                reply = Events.send(api, batch);
            } catch (UncheckedIOException | IllegalStateException e) {
                return;
            }
            if (reply.status() == 202) {
                Set<String> ids =
                        accepted.computeIfAbsent(visitor, v -> ConcurrentHashMap.newKeySet());
                batch.forEach(event -> ids.add((String) event.get("eventId")));
                acceptedBatches.incrementAndGet();
            } else if (reply.status() != 429 && reply.status() != 503) {
                return;
            }
        }
    }
}
