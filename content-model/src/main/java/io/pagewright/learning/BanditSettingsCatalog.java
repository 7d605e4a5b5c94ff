package io.pagewright.learning;

import java.util.List;

/**
 * The descriptions, defaults and bounds of {@link BanditSettings}, in the order a form shows them.
 */
final class BanditSettingsCatalog {

    static final List<String> DEFAULT_CONTEXT =
            List.of(
                    "intent",
                    "lifecycleStage",
                    "device",
                    "trafficSource",
                    "region",
                    "planTier",
                    "ltvBand",
                    "ageBand");

    private BanditSettingsCatalog() {}

    static List<Setting> settings() {
        return List.of(
                Setting.number(
                        "explorationFloor",
                        "Exploration floor",
                        "Least probability every eligible variant keeps, so that none is starved and"
                                + " logged decisions stay usable for offline evaluation. With n"
                                + " candidates, up to n times this share of traffic explores. 0"
                                + " disables the floor.",
                        0.005,
                        0,
                        0.5),
                Setting.number(
                        "exploitation",
                        "Exploitation strength",
                        "How fast traffic concentrates on the best variant as evidence grows: a"
                                + " variant whose expected reward trails the best by g gets"
                                + " probability 1/(n + strength × √observations × g). 0 serves all"
                                + " candidates uniformly.",
                        50,
                        0,
                        10_000),
                Setting.number(
                        "optimism",
                        "Optimism",
                        "How many posterior standard deviations of benefit of the doubt an"
                                + " uncertain variant gets before it counts as worse than the best.",
                        1,
                        0,
                        5),
                Setting.number(
                        "priorVariance",
                        "Prior variance",
                        "Prior variance of each feature weight: how far one feature may move the"
                                + " expected reward before any evidence.",
                        0.01,
                        1e-6,
                        1),
                Setting.number(
                        "rewardNoise",
                        "Reward noise",
                        "Variance assumed for a single reward around its expectation; larger values"
                                + " make each outcome count less. A click has variance p(1 − p) ≤"
                                + " 0.25; the default is a little above that because the model"
                                + " treats weights as independent, which makes it overconfident.",
                        0.3,
                        1e-4,
                        100),
                Setting.number(
                        "intentMatchPrior",
                        "Intent match prior",
                        "Expected extra reward, before evidence, of a variant tagged with the"
                                + " visitor's intent. Takes effect on reset.",
                        0.05,
                        -1,
                        1),
                Setting.number(
                        "lifecycleMatchPrior",
                        "Lifecycle match prior",
                        "Expected extra reward, before evidence, of a variant tagged with the"
                                + " visitor's lifecycle stage. Takes effect on reset.",
                        0.025,
                        -1,
                        1),
                Setting.integer(
                        "halfLife",
                        "Memory half-life (outcomes)",
                        "After this many further outcomes, evidence counts half, so the model"
                                + " follows changing tastes. 0 never forgets.",
                        50_000,
                        0,
                        1_000_000_000),
                Setting.number(
                        "importanceWeightCap",
                        "Importance weight cap",
                        "Outcomes of unlikely choices count up to 1/probability times, capped here;"
                                + " 1 turns importance weighting off.",
                        1,
                        1,
                        1000),
                Setting.names(
                        "contextAttributes",
                        "Context attributes",
                        "Visitor and request attributes the model personalises on. Changing the"
                                + " list takes effect on reset.",
                        DEFAULT_CONTEXT),
                Setting.number("objective.click", "Click weight", "Weight of a click.", 1, 0, 100),
                Setting.number(
                        "objective.conversion",
                        "Conversion weight",
                        "Weight of a conversion.",
                        0,
                        0,
                        100),
                Setting.number(
                        "objective.revenue",
                        "Revenue weight",
                        "Weight of revenue, counted in typical orders.",
                        0,
                        0,
                        100),
                Setting.number(
                        "objective.margin",
                        "Margin weight",
                        "Weight of margin, counted in typical orders.",
                        0,
                        0,
                        100),
                Setting.number(
                        "objective.revenueScale",
                        "Typical order value",
                        "Revenue and margin are divided by this amount and capped at five typical"
                                + " orders.",
                        100,
                        0.01,
                        1e9),
                Setting.number(
                        "escalation.maxWidth",
                        "Escalate above width",
                        "Low confidence when the chosen variant's posterior standard deviation"
                                + " exceeds this (reward units).",
                        0.1,
                        1e-6,
                        1e6),
                Setting.number(
                        "escalation.minObservations",
                        "Escalate below observations",
                        "Low confidence when fewer outcomes than this back the chosen variant in"
                                + " the visitor's segment. 0 disables the test.",
                        20,
                        0,
                        1e9),
                Setting.number(
                        "escalation.minMargin",
                        "Escalate below margin",
                        "Low confidence when the best variant leads the second by less than this."
                                + " 0 disables the test.",
                        0,
                        0,
                        1));
    }
}
