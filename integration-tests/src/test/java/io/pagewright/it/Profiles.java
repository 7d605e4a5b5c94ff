package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Events are folded into profiles after the 202, in the background: tests that need the profile to
 * reflect an event wait for it through the API, the way a frontend would see it.
 */
final class Profiles {

    private Profiles() {}

    /** Records the visitor's personalization consent and waits until resolve would see it. */
    static void grantConsent(Api api, String visitor) {
        Api.Reply reply = api.post("api/v1/events", Fixtures.consentGranted(visitor));
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        awaitVisitor(api, visitor, v -> v.path("consent.personalization").asBoolean(false));
    }

    /** Waits until the visitor resolve derives from the profile satisfies {@code condition}. */
    static void awaitVisitor(Api api, String visitor, Predicate<JsonNode> condition) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> {
                    Api.Reply view = api.get("api/v1/profiles/anonymous/" + visitor + "/visitor");
                    assertThat(view.status()).as(view.body()).isEqualTo(200);
                    assertThat(condition.test(view.json())).as(view.body()).isTrue();
                });
    }
}
