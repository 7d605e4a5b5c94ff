package io.pagewright.profile;

import static io.pagewright.event.EventType.ADD_TO_CART;
import static io.pagewright.event.EventType.CATEGORY_VIEW;
import static io.pagewright.event.EventType.CHECKOUT;
import static io.pagewright.event.EventType.FEATURE_USED;
import static io.pagewright.event.EventType.PRODUCT_VIEW;
import static io.pagewright.event.EventType.PURCHASE;
import static io.pagewright.event.EventType.SEARCH;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a profile's current intent, lifecycle stage and value band are derived at resolve time. Rules
 * are evaluated against the request time, so intent decays without any event; they are plain data
 * (round-trippable JSON), so an operator can change them without a rebuild.
 */
public record DerivationRules(RuleList intent, RuleList lifecycle, ValueBands valueBands) {

    /** Defaults; docs/events-and-profiles.md explains each rule. */
    public static final DerivationRules DEFAULT =
            new DerivationRules(defaultIntent(), defaultLifecycle(), defaultBands());

    public DerivationRules {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(valueBands, "valueBands");
    }

    private static RuleList defaultIntent() {
        return new RuleList(
                List.of(
                        new Rule(
                                "ready-to-buy",
                                new Condition.AllOf(
                                        List.of(
                                                new Condition.CartNotEmpty(),
                                                new Condition.Recent(
                                                        Set.of(ADD_TO_CART, CHECKOUT),
                                                        Duration.ofMinutes(30))))),
                        new Rule(
                                "post-purchase",
                                new Condition.Recent(Set.of(PURCHASE), Duration.ofDays(3))),
                        new Rule(
                                "comparison",
                                new Condition.ViewsInOneCategory(3, Duration.ofHours(1))),
                        new Rule(
                                "research",
                                new Condition.Recent(
                                        Set.of(PRODUCT_VIEW, CATEGORY_VIEW, SEARCH),
                                        Duration.ofHours(2)))),
                null);
    }

    private static RuleList defaultLifecycle() {
        Condition activated = new Condition.Activated();
        return new RuleList(
                List.of(
                        new Rule(
                                "at-risk",
                                new Condition.AllOf(
                                        List.of(
                                                activated,
                                                new Condition.Not(
                                                        new Condition.Recent(
                                                                Set.of(FEATURE_USED),
                                                                Duration.ofDays(7)))))),
                        new Rule("activated", activated),
                        new Rule("trial", new Condition.PlanTier(Set.of("trial"))),
                        new Rule("loyal-customer", new Condition.CountAtLeast(Set.of(PURCHASE), 3)),
                        new Rule(
                                "first-time-buyer",
                                new Condition.CountAtLeast(Set.of(PURCHASE), 1))),
                "new-visitor");
    }

    private static ValueBands defaultBands() {
        return new ValueBands(
                "EUR",
                List.of(
                        new ValueBand("low", BigDecimal.ZERO),
                        new ValueBand("medium", new BigDecimal("200")),
                        new ValueBand("high", new BigDecimal("1000"))));
    }
}
