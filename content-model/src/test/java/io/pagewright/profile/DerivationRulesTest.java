package io.pagewright.profile;

import static io.pagewright.profile.Journeys.add;
import static io.pagewright.profile.Journeys.consented;
import static io.pagewright.profile.Journeys.feature;
import static io.pagewright.profile.Journeys.minute;
import static io.pagewright.profile.Journeys.purchase;
import static io.pagewright.profile.Journeys.signup;
import static io.pagewright.profile.Journeys.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pagewright.event.EventType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DerivationRulesTest {

    private static final DerivationRules RULES = DerivationRules.DEFAULT;

    @Test
    void readyToBuyWhileTheCartIsFullAndWasTouchedInTheLastHalfHour() {
        Profile profile = consented(add("a-1", 0, "p-1"));

        assertThat(intent(profile, minute(29))).contains("ready-to-buy");
        assertThat(intent(profile, minute(31))).isEmpty();
    }

    @Test
    void postPurchaseForThreeDaysAfterBuyingEvenRightAfterCheckout() {
        Profile profile = consented(add("a-1", 0, "p-1"), purchase("b-1", 5, "30.00"));

        assertThat(intent(profile, minute(6))).contains("post-purchase");
        assertThat(intent(profile, minute(5).plus(Duration.ofDays(3)).plusSeconds(1))).isEmpty();
    }

    @Test
    void comparisonAfterThreeViewsOfOneCategoryWithinAnHourElseResearch() {
        Profile comparing =
                consented(
                        view("v-1", 0, "p-1", "tents"),
                        view("v-2", 10, "p-2", "tents"),
                        view("v-3", 20, "p-3", "tents"));
        Profile browsing =
                consented(
                        view("v-1", 0, "p-1", "tents"),
                        view("v-2", 10, "p-2", "socks"),
                        view("v-3", 20, "p-3", "tents"));

        assertThat(intent(comparing, minute(30))).contains("comparison");
        assertThat(intent(comparing, minute(70))).contains("research");
        assertThat(intent(browsing, minute(30))).contains("research");
        assertThat(intent(browsing, minute(20 + 121))).isEmpty();
    }

    @Test
    void ecommerceStagesFollowThePurchaseCount() {
        assertThat(stage(consented(), minute(0))).contains("new-visitor");
        assertThat(stage(consented(purchase("b-1", 0, "10.00")), minute(1)))
                .contains("first-time-buyer");
        assertThat(
                        stage(
                                consented(
                                        purchase("b-1", 0, "10.00"),
                                        purchase("b-2", 1, "10.00"),
                                        purchase("b-3", 2, "10.00")),
                                minute(3)))
                .contains("loyal-customer");
    }

    @Test
    void saasStagesGoFromTrialToActivatedToAtRiskAfterAWeekWithoutFeatureUse() {
        Profile trial = consented(signup("s-1", 0, "trial"));
        Profile activated = consented(signup("s-1", 0, "trial"), feature("f-1", 60, "reports"));
        Instant weekLater = minute(60).plus(Duration.ofDays(7));

        assertThat(stage(trial, minute(1))).contains("trial");
        assertThat(stage(activated, minute(61))).contains("activated");
        assertThat(stage(activated, weekLater)).contains("activated");
        assertThat(stage(activated, weekLater.plusSeconds(1))).contains("at-risk");
    }

    @Test
    void lifetimeValueBandsCountPurchasesInTheBandCurrency() {
        ValueBands bands = RULES.valueBands();

        assertThat(bands.band(consented().value())).isEmpty();
        assertThat(bands.band(consented(purchase("b-1", 0, "199.99")).value())).contains("low");
        assertThat(
                        bands.band(
                                consented(purchase("b-1", 0, "150.00"), purchase("b-2", 1, "50.00"))
                                        .value()))
                .contains("medium");
        assertThat(bands.band(consented(purchase("b-1", 0, "1000")).value())).contains("high");
    }

    @Test
    void rulesAreConfigurableAsJsonAndRoundTrip() {
        JsonMapper json = JsonMapper.builder().build();

        String text = json.writeValueAsString(RULES);

        assertThat(json.readValue(text, DerivationRules.class)).isEqualTo(RULES);
        assertThat(text).contains("\"type\":\"all_of\"", "\"type\":\"recent\"", "\"add_to_cart\"");
    }

    @Test
    void aCustomRuleListIsEvaluatedInOrder() {
        RuleList intent =
                new RuleList(
                        List.of(
                                new Rule(
                                        "deal-hunter",
                                        new Condition.CountAtLeast(
                                                Set.of(EventType.PRODUCT_VIEW), 2)),
                                new Rule("never", new Condition.Not(new Condition.CartNotEmpty()))),
                        "idle");
        Profile twoViews = consented(view("v-1", 0, "p-1", "a"), view("v-2", 1, "p-2", "b"));
        Profile cartOnly = consented(add("a-1", 0, "p-1"));

        assertThat(intent.evaluate(twoViews, minute(2))).contains("deal-hunter");
        assertThat(intent.evaluate(consented(), minute(2))).contains("never");
        assertThat(intent.evaluate(cartOnly, minute(2))).contains("idle");
    }

    @Test
    void badRulesAreRefusedWhenBuilt() {
        assertThatThrownBy(() -> new Condition.Recent(Set.of(), Duration.ofHours(1)))
                .hasMessage("types must not be empty");
        assertThatThrownBy(() -> new Condition.ViewsInOneCategory(3, Duration.ZERO))
                .hasMessage("within must be positive, was PT0S");
        assertThatThrownBy(() ->
                        new ValueBands(
                                "EUR",
                                List.of(
                                        new ValueBand("a", BigDecimal.TEN),
                                        new ValueBand("b", BigDecimal.ONE))))
                .hasMessage("bands must start at increasing amounts");
    }

    private static Optional<String> intent(Profile profile, Instant now) {
        return RULES.intent().evaluate(profile, now);
    }

    private static Optional<String> stage(Profile profile, Instant now) {
        return RULES.lifecycle().evaluate(profile, now);
    }
}
