package io.pagewright.learning;

import static io.pagewright.learning.LearningFixtures.heroes;
import static io.pagewright.learning.LearningFixtures.request;
import static io.pagewright.learning.LearningFixtures.simulate;
import static io.pagewright.learning.LearningFixtures.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceTest {

    private final List<PublishedVariant> heroes = heroes();
    private final SlotRequest request =
            request(heroes, visitor("a", "ready-to-buy", "returning", "desktop"));
    private final BanditStrategy strategy =
            new BanditStrategy(new SlotModels("home", BanditSettings.DEFAULTS));

    @Test
    void aFreshModelIsNotConfidentAndSaysWhy() {
        ModelState fresh = SlotModel.create("home", "hero", BanditSettings.DEFAULTS).current();

        Confidence confidence = strategy.confidence(request, fresh, "deal");

        assertThat(confidence.low()).isTrue();
        assertThat(confidence.segmentObservations()).isZero();
        assertThat(confidence.reasons())
                .anyMatch(r -> r.startsWith("posterior width"))
                .anyMatch(r -> r.contains("outcomes in this segment"));
    }

    @Test
    void evidenceInTheSegmentBuildsConfidence() {
        SlotModel model = SlotModel.create("home", "hero", BanditSettings.DEFAULTS);
        simulate(model, heroes, (v, k) -> k.equals("deal") ? 0.3 : 0.05, 6000, 50, 23);

        Confidence confidence = strategy.confidence(request, model.current(), "deal");

        assertThat(confidence.low()).as(confidence.reasons().toString()).isFalse();
        assertThat(confidence.segmentObservations()).isGreaterThan(20);
        assertThat(confidence.width()).isLessThan(0.1);
        assertThat(confidence.expectedReward()).isBetween(0.2, 0.4);
        assertThat(confidence.margin()).isGreaterThan(0.1);
    }

    @Test
    void aSmallMarginIsLowConfidenceWhenTheRuleAsksForOne() {
        BanditSettings strict = BanditSettings.DEFAULTS.with("escalation.minMargin", 0.5);
        SlotModel model = SlotModel.create("home", "hero", strict);
        simulate(model, heroes, (v, k) -> k.equals("deal") ? 0.3 : 0.05, 3000, 50, 23);

        Confidence confidence = strategy.confidence(request, model.current(), "deal");

        assertThat(confidence.low()).isTrue();
        assertThat(confidence.reasons()).singleElement().asString().contains("leads second");
    }

    @Test
    void aSingleCandidateHasNoMarginToJudge() {
        SlotRequest single = request(heroes.subList(0, 1), visitor("a", null, null, null));
        ModelState fresh = SlotModel.create("home", "hero", BanditSettings.DEFAULTS).current();

        assertThat(strategy.confidence(single, fresh, "seasonal").margin()).isNaN();
        assertThatThrownBy(() -> strategy.confidence(single, fresh, "deal"))
                .hasMessageContaining("not among the eligible");
    }
}
