package io.pagewright.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.decision.PublishedSlot;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotRequest;
import io.pagewright.decision.Visitor;
import io.pagewright.decision.Weighted;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PinnedBanditTest {

    private final PublishedSlot hero =
            new PublishedSlot(
                    "hero",
                    0,
                    "calm",
                    List.of(
                            PublishedVariant.builder("calm", "hero-banner").build(),
                            PublishedVariant.builder("bright", "hero-banner").build()),
                    BanditStrategy.ID);
    private final SlotRequest request =
            new SlotRequest(hero, hero.variants(), new Visitor("v-1", Map.of()));

    @Test
    void aRequestKeepsTheModelStateItFirstSawAndTracesIt() {
        SlotModels models = new SlotModels("home", BanditSettings.DEFAULTS);
        PinnedBandit bandit = new PinnedBandit(models);

        bandit.distribute(request);
        long pinned = models.model("hero").current().version();
        models.model("hero").freeze(); // a newer version arrives during the request
        var again = bandit.distribute(request);

        PinnedBandit.Trace trace = bandit.trace("hero", "bright").orElseThrow();
        assertThat(trace.modelVersion()).isEqualTo(pinned);
        assertThat(models.model("hero").current().version()).isGreaterThan(pinned);
        assertThat(trace.features()).isNotEmpty();
        String leader =
                again.entries().stream()
                        .filter(w -> BanditStrategy.LEADER.equals(w.reason()))
                        .map(Weighted::variant)
                        .findFirst()
                        .orElseThrow()
                        .key();
        assertThat(trace.exploration()).isEqualTo(!leader.equals("bright"));
    }

    @Test
    void noTraceForASlotTheBanditDidNotDecide() {
        PinnedBandit bandit = new PinnedBandit(new SlotModels("home", BanditSettings.DEFAULTS));

        assertThat(bandit.trace("hero", "bright")).isEmpty();
        bandit.distribute(request);
        assertThat(bandit.trace("hero", "no-such-variant")).isEmpty();
    }

    /** Escalations configured in memory: a rule, people's decisions, counted occurrences. */
    static final class FixedEscalations extends Escalations {
        final java.util.Map<String, Escalations.Resolution> decided = new java.util.HashMap<>();
        final List<Escalations.Key> occurrences = new java.util.ArrayList<>();

        @Override
        public java.util.Optional<EscalationRule> rule(String surface) {
            return java.util.Optional.of(new EscalationRule(Double.POSITIVE_INFINITY, 5, 0));
        }

        @Override
        public java.util.Optional<Escalations.Resolution> resolution(
                String surface, String slot, String segment) {
            return java.util.Optional.ofNullable(decided.get(segment));
        }

        @Override
        public void occurred(
                Escalations.Key key, List<String> reasons, Map<String, Object> evidence) {
            occurrences.add(key);
        }
    }

    private final SlotRequest researcher =
            new SlotRequest(
                    hero, hero.variants(), new Visitor("v-2", Map.of(Visitor.INTENT, "research")));

    @Test
    void aLowConfidenceSegmentGetsTheDefaultWithCertaintyAndIsCounted() {
        FixedEscalations escalations = new FixedEscalations();
        PinnedBandit bandit =
                new PinnedBandit(new SlotModels("home", BanditSettings.DEFAULTS), escalations);

        var distribution = bandit.distribute(researcher);

        assertThat(distribution.entries())
                .extracting(w -> w.variant().key() + "=" + w.probability())
                .containsExactlyInAnyOrder("calm=1.0", "bright=0.0");
        assertThat(escalations.occurrences)
                .containsExactly(
                        new Escalations.Key(
                                "home",
                                "hero",
                                "research × any stage",
                                Escalations.LOW_CONFIDENCE));
        PinnedBandit.Trace trace = bandit.trace("hero", "calm").orElseThrow();
        assertThat(trace.escalation()).contains("fewer than the 5 required");
        assertThat(trace.exploration()).isFalse();
    }

    @Test
    void peoplesDecisionForASegmentIsFollowed() {
        FixedEscalations escalations = new FixedEscalations();
        escalations.decided.put("research × any stage", Escalations.Resolution.EXPLORE);
        PinnedBandit explore =
                new PinnedBandit(new SlotModels("home", BanditSettings.DEFAULTS), escalations);
        assertThat(explore.distribute(researcher).entries())
                .allSatisfy(w -> assertThat(w.probability()).isBetween(0.01, 0.99));

        escalations.decided.put("research × any stage", Escalations.Resolution.KEEP_DEFAULT);
        PinnedBandit keep =
                new PinnedBandit(new SlotModels("home", BanditSettings.DEFAULTS), escalations);
        assertThat(keep.distribute(researcher).entries())
                .filteredOn(w -> w.probability() == 1.0)
                .extracting(w -> w.variant().key())
                .containsExactly("calm");
        assertThat(escalations.occurrences).isEmpty();
    }

    @Test
    void withoutAnEligibleDefaultTheBanditDecides() {
        FixedEscalations escalations = new FixedEscalations();
        PinnedBandit bandit =
                new PinnedBandit(new SlotModels("home", BanditSettings.DEFAULTS), escalations);
        SlotRequest withoutDefault =
                new SlotRequest(hero, List.of(hero.variants().get(1)), researcher.visitor());

        assertThat(bandit.distribute(withoutDefault).entries()).hasSize(1);
        assertThat(escalations.occurrences).isEmpty();
    }
}
