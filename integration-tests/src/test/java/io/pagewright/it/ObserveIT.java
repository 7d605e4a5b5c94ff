package io.pagewright.it;

import static io.pagewright.it.ProblemDetailsIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
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
                                visitor,
                                start,
                                Map.of("purpose", "personalization", "status", "granted")),
                        event(
                                "product_view",
                                visitor,
                                start.plusSeconds(60),
                                Map.of("productId", "p-1", "category", "boots")),
                        event(
                                "product_view",
                                visitor,
                                start.plusSeconds(120),
                                Map.of("productId", "p-2", "category", "boots")),
                        event(
                                "add_to_cart",
                                visitor,
                                start.plusSeconds(180),
                                Map.of("productId", "p-2", "quantity", 1)));

        Api.Reply first = api.post("api/v1/events", Map.of("events", events));
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(first.json().get("newEvents").asInt()).isEqualTo(4);
        Api.Reply resent = api.post("api/v1/events", Map.of("events", events));
        assertThat(resent.json().get("accepted").asInt()).isEqualTo(4);
        assertThat(resent.json().get("newEvents").asInt()).isZero();

        JsonNode profile = api.get("api/v1/profiles/anonymous/" + visitor).json();
        assertThat(profile.toString()).contains("boots").contains("p-2");

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
                event("page_view", visitor, Instant.now(), Map.of("url", "https://shop.example/"));
        Map<String, Object> bad =
                event("purchase", visitor, Instant.now(), Map.of("orderId", "o-1"));

        Api.Reply partial = api.post("api/v1/events", Map.of("events", List.of(good, bad)));
        assertThat(partial.status()).as(partial.body()).isEqualTo(202);
        assertThat(partial.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(partial.json().get("rejected").get(0).get("index").asInt()).isEqualTo(1);

        Api.Reply none = api.post("api/v1/events", Map.of("events", List.of(bad)));
        assertProblem(none, 400, "validation");
        assertThat(none.body()).contains("events[0]");
        assertProblem(
                api.get("api/v1/profiles/anonymous/nobody-" + UUID.randomUUID()),
                404,
                "profile-not-found");
    }

    private static Map<String, Object> event(
            String type, String visitor, Instant at, Map<String, Object> fields) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("eventId", UUID.randomUUID().toString());
        event.put("occurredAt", at.toString());
        event.put("identity", Map.of("anonymousId", visitor));
        event.putAll(fields);
        return event;
    }
}
