package io.pagewright.it;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies used across tests, as plain maps so they are exactly the JSON a client sends. */
final class Fixtures {
    private Fixtures() {}

    static String uniqueKey(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A two-slot surface: a hero with an intent-targeted variant and an offer slot. */
    static Map<String, Object> surface(String key) {
        return Map.of(
                "key",
                key,
                "name",
                "Test page " + key,
                "channel",
                "web",
                "slots",
                List.of(
                        slot(
                                "hero",
                                "control",
                                variant("control", "Welcome", Map.of()),
                                variant(
                                        "buy-now",
                                        "Ready when you are",
                                        Map.of("intents", List.of("ready-to-buy")))),
                        slot(
                                "offer",
                                "no-offer",
                                variant("no-offer", "Free returns", Map.of()),
                                variant(
                                        "loyal-bonus",
                                        "Thanks for coming back",
                                        Map.of("lifecycleStages", List.of("loyal-customer"))))));
    }

    @SafeVarargs
    static Map<String, Object> slot(
            String key, String defaultVariant, Map<String, Object>... variants) {
        return Map.of(
                "key", key,
                "name", key,
                "defaultVariant", defaultVariant,
                "variants", List.of(variants));
    }

    static Map<String, Object> variant(String key, String headline, Map<String, Object> tags) {
        return Map.of(
                "key", key,
                "name", headline,
                "componentType", "hero-banner",
                "content", Map.of("headline", headline),
                "tags", tags);
    }

    static Map<String, Object> resolve(String visitorId, String intent, String lifecycle) {
        Map<String, Object> context = new java.util.HashMap<>();
        if (intent != null) {
            context.put("intent", intent);
        }
        if (lifecycle != null) {
            context.put("lifecycleStage", lifecycle);
        }
        return Map.of("visitorId", visitorId, "context", context);
    }

    /**
     * A batch granting {@code personalization} consent for an anonymous visitor: what a frontend
     * sends when the visitor accepts the consent banner. Without it, demo policies serve defaults.
     */
    static Map<String, Object> consentGranted(String visitorId) {
        return Map.of(
                "events",
                List.of(
                        Map.of(
                                "type",
                                "consent",
                                "eventId",
                                UUID.randomUUID().toString(),
                                "occurredAt",
                                java.time.Instant.now().toString(),
                                "identity",
                                Map.of("anonymousId", visitorId),
                                "purpose",
                                "personalization",
                                "status",
                                "granted")));
    }
}
