package io.pagewright.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BanditSettingsTest {

    @Test
    void everySettingDescribesItselfForTheAdminUi() {
        assertThat(BanditSettings.describe())
                .extracting(Setting::name)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(BanditSettings.DEFAULTS.values().keySet());
        assertThat(BanditSettings.describe())
                .allSatisfy(s -> {
                    assertThat(s.label()).isNotBlank();
                    assertThat(s.help()).isNotBlank();
                    assertThat(s.bounds().isPresent()).isEqualTo(s.type() != SettingType.TEXT_LIST);
                });
    }

    @Test
    void defaultsAreTheDescribedDefaults() {
        Map<String, Object> values = BanditSettings.DEFAULTS.values();
        for (Setting setting : BanditSettings.describe()) {
            Object expected = setting.defaultValue();
            Object actual = values.get(setting.name());
            if (expected instanceof Number n) {
                assertThat(((Number) actual).doubleValue()).isEqualTo(n.doubleValue());
            } else {
                assertThat(actual).isEqualTo(expected);
            }
        }
    }

    @Test
    void configuredValuesAreReadFromNumbersAndText() {
        BanditSettings settings =
                BanditSettings.from(
                        Map.of(
                                "explorationFloor",
                                "0.02",
                                "halfLife",
                                1000,
                                "contextAttributes",
                                "intent, device,,intent",
                                "objective.revenue",
                                2));

        assertThat(settings.explorationFloor()).isEqualTo(0.02);
        assertThat(settings.halfLife()).isEqualTo(1000);
        assertThat(settings.contextAttributes()).containsExactly("intent", "device");
        assertThat(settings.objective().revenue()).isEqualTo(2);
        assertThat(BanditSettings.from(settings.values())).isEqualTo(settings);
    }

    @Test
    void valuesOutOfBoundsUnknownOrMistypedAreRejectedWithAnActionableMessage() {
        assertThatThrownBy(() -> BanditSettings.from(Map.of("explorationFloor", 0.7)))
                .hasMessage("explorationFloor must be between 0.0 and 0.5, not 0.7");
        assertThatThrownBy(() -> BanditSettings.from(Map.of("halfLife", 1.5)))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> BanditSettings.from(Map.of("exploitation", "lots")))
                .hasMessageContaining("must be a number");
        assertThatThrownBy(() -> BanditSettings.from(Map.of("epsilon", 0.1)))
                .hasMessage("unknown bandit setting: epsilon");
        assertThatThrownBy(() -> BanditSettings.DEFAULTS.with("objective.click", 0))
                .hasMessageContaining("at least one objective weight");
    }

    @Test
    void theObjectiveMixesOutcomesOnTheClickScaleAndCapsLargeOrders() {
        Objective mix = new Objective(1, 1, 2, 0, 50);

        assertThat(mix.reward(Outcome.none())).isZero();
        assertThat(mix.reward(Outcome.click())).isCloseTo(0.25, within(1e-12));
        // (1 + 1 + 2 × 100/50) / 4
        assertThat(mix.reward(Outcome.purchase(100, 30))).isCloseTo(1.5, within(1e-12));
        // revenue counts at most five typical orders
        assertThat(mix.reward(Outcome.purchase(1_000_000, 0)))
                .isCloseTo((2 + 2 * Objective.AMOUNT_CAP) / 4, within(1e-12));
        assertThat(Objective.clicks().reward(Outcome.purchase(100, 10))).isEqualTo(1);
        assertThat(new Objective(0, 0, 0, 1, 10).reward(Outcome.purchase(10, -20))).isEqualTo(-2);
    }

    @Test
    void outcomesAndObservationsRejectImpossibleValues() {
        assertThatThrownBy(() -> new Outcome(false, false, -1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        FeatureVector x = new FeatureVector(new int[] {0, 5}, -1);
        assertThatThrownBy(() -> new Observation(x, 0, Outcome.none()))
                .hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> new FeatureVector(new int[] {FeatureVector.DIMENSION}, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(new Observation(x, 1, Outcome.none()))).hasSize(1);
    }
}
