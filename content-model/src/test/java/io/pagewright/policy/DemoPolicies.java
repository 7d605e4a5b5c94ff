package io.pagewright.policy;

/**
 * The two demo policies of docs/policies.md, copies of
 * plugin/src/main/resources/demo/policies/*.json kept here so that a test proves they are valid.
 */
final class DemoPolicies {
    private DemoPolicies() {}

    static final String ECOMMERCE_HOMEPAGE =
            """
            {
              "key": "ecommerce-homepage",
              "version": 1,
              "rules": [
                {"type": "consent-required", "id": "personalization-consent",
                 "attribute": "consent.personalization"},
                {"type": "discount-cap", "id": "max-15-percent", "maxPercent": 15},
                {"type": "exclusive-offers", "id": "no-conflicting-offers",
                 "offerTypes": ["discount", "free-shipping", "loyalty-bonus"]},
                {"type": "offer-budget", "id": "one-discount-per-session",
                 "offerType": "discount", "maxPerSession": 1},
                {"type": "exclusion", "id": "no-restricted-categories-for-minors",
                 "when": "ageBand == \\"under-18\\" or not ageBand exists",
                 "exclude": {"categories": ["alcohol", "tobacco", "gambling"]}},
                {"type": "required-companion", "id": "offers-need-legal-text",
                 "trigger": {"anyOffer": true}, "companion": {"contentFields": ["legalText"]}},
                {"type": "objective", "id": "margin-for-high-ltv",
                 "when": "ltvBand == \\"high\\"", "weights": {"margin": 0.7, "conversion": 0.3}}
              ]
            }
            """;

    static final String SAAS_ONBOARDING =
            """
            {
              "key": "saas-onboarding",
              "version": 1,
              "rules": [
                {"type": "prompt-budget", "id": "three-prompts-per-session",
                 "componentTypes": ["in-app-prompt"], "maxPerSession": 3},
                {"type": "frequency-cap", "id": "check-in-once-a-day",
                 "subject": "variant", "key": "at-risk-check-in", "max": 1, "window": "day"},
                {"type": "objective", "id": "activation", "weights": {"conversion": 1}}
              ]
            }
            """;
}
