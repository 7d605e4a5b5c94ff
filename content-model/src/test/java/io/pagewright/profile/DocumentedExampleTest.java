package io.pagewright.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.pagewright.decision.Visitor;
import io.pagewright.event.EventBatch;
import io.pagewright.event.ProductView;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worked example of docs/events-and-profiles.md, so that the page cannot drift from the code.
 */
class DocumentedExampleTest {

    private static final String BATCH =
            """
            {"events": [
              {"type": "consent", "eventId": "e-1", "occurredAt": "2026-03-02T09:00:00Z",
               "identity": {"anonymousId": "c-7f3a"}, "purpose": "personalization", "status": "granted"},
              {"type": "product_view", "eventId": "e-2", "occurredAt": "2026-03-02T09:01:00Z",
               "identity": {"anonymousId": "c-7f3a"}, "sessionId": "s-1", "productId": "p-100", "category": "tents"},
              {"type": "product_view", "eventId": "e-3", "occurredAt": "2026-03-02T09:04:00Z",
               "identity": {"anonymousId": "c-7f3a"}, "sessionId": "s-1", "productId": "p-101", "category": "tents"},
              {"type": "product_view", "eventId": "e-4", "occurredAt": "2026-03-02T09:06:00Z",
               "identity": {"anonymousId": "c-7f3a"}, "sessionId": "s-1", "productId": "p-102", "category": "tents"},
              {"type": "add_to_cart", "eventId": "e-5", "occurredAt": "2026-03-02T09:08:00Z",
               "identity": {"anonymousId": "c-7f3a"}, "sessionId": "s-1", "productId": "p-101", "quantity": 1},
              {"type": "product_view", "eventId": "e-3", "occurredAt": "2026-03-02T09:04:00Z",
               "identity": {"anonymousId": "c-7f3a"}, "sessionId": "s-1", "productId": "p-101", "category": "tents"}
            ]}
            """;

    @Test
    void theFrontendsBatchBecomesThisProfileAndThisVisitor() {
        EventBatch batch = JsonMapper.builder().build().readValue(BATCH, EventBatch.class);
        Profile profile =
                new Profiler(ProfileSettings.DEFAULT)
                        .record(Profile.empty(ProfileId.of("p-0193")), batch.events());
        RequestContext request =
                new RequestContext(
                        Instant.parse("2026-03-02T09:10:00Z"),
                        "mobile",
                        "emea",
                        "paid-search",
                        "de-CH",
                        "morning");

        Visitor visitor = new VisitorProjection(DerivationRules.DEFAULT).visitor(profile, request);

        assertThat(profile.seenEvents().size()).isEqualTo(5);
        assertThat(profile.behavior().recentProductViews().latest())
                .extracting(ViewedProduct::productId)
                .containsExactly("p-102", "p-101", "p-100");
        assertThat(profile.behavior().categoryAffinity().ranking()).containsExactly("tents");
        assertThat(profile.behavior().cart().units()).containsExactly(entry("p-101", 1));
        assertThat(batch.events().get(5)).isInstanceOf(ProductView.class);
        assertThat(visitor.attributes())
                .containsExactly(
                        entry("consent.personalization", true),
                        entry("intent", "ready-to-buy"),
                        entry("lifecycleStage", "new-visitor"),
                        entry("region", "emea"),
                        entry("locale", "de-CH"),
                        entry("purchaseCount", 0L),
                        entry("cartSize", 1),
                        entry("recentProducts", java.util.List.of("p-102", "p-101", "p-100")),
                        entry("topCategory", "tents"),
                        entry("device", "mobile"),
                        entry("trafficSource", "paid-search"),
                        entry("timeOfDay", "morning"));
        assertThat(intentAt(profile, "2026-03-02T09:40:00Z")).contains("comparison");
        assertThat(intentAt(profile, "2026-03-02T10:30:00Z")).contains("research");
        assertThat(intentAt(profile, "2026-03-02T11:07:00Z")).isEmpty();
    }

    private static java.util.Optional<String> intentAt(Profile profile, String at) {
        return DerivationRules.DEFAULT.intent().evaluate(profile, Instant.parse(at));
    }
}
