package io.pagewright.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesStrategyTest {

    private final RulesStrategy strategy = new RulesStrategy();

    private final PublishedSlot hero =
            new PublishedSlot(
                    "hero",
                    0,
                    "seasonal",
                    List.of(
                            variant("seasonal", Set.of(), Set.of()),
                            variant("category", Set.of("research", "comparison"), Set.of()),
                            variant("loyalty", Set.of(), Set.of("loyal-customer")),
                            variant(
                                    "loyal-buyer",
                                    Set.of("ready-to-buy"),
                                    Set.of("loyal-customer"))));

    @Test
    void intentAndLifecycleTogetherBeatEitherAlone() {
        Weighted choice = choose(hero, visitor("ready-to-buy", "loyal-customer"));

        assertThat(choice.variant().key()).isEqualTo("loyal-buyer");
        assertThat(choice.reason()).contains("intent:ready-to-buy", "lifecycle:loyal-customer");
        assertThat(choice.probability()).isEqualTo(1.0);
        assertThat(choice.score()).isEqualTo(3);
    }

    @Test
    void intentOutweighsLifecycle() {
        assertThat(choose(hero, visitor("research", "loyal-customer")).variant().key())
                .isEqualTo("category");
    }

    @Test
    void lifecycleAloneIsEnoughWhenNoIntentMatches() {
        assertThat(choose(hero, visitor(null, "loyal-customer")).variant().key())
                .isEqualTo("loyalty");
    }

    @Test
    void noMatchServesTheDefault() {
        Weighted choice = choose(hero, visitor("post-purchase", "new-visitor"));

        assertThat(choice.variant().key()).isEqualTo("seasonal");
        assertThat(choice.reason()).contains("default");
    }

    @Test
    void tiesGoToTheEarlierVariant() {
        PublishedSlot slot =
                new PublishedSlot(
                        "rail",
                        1,
                        "a",
                        List.of(
                                variant("a", Set.of(), Set.of()),
                                variant("b", Set.of("research"), Set.of()),
                                variant("c", Set.of("research"), Set.of())));

        assertThat(choose(slot, visitor("research", null)).variant().key()).isEqualTo("b");
    }

    @Test
    void everyCandidateGetsAProbabilityAndTheySumToOne() {
        Distribution distribution =
                strategy.distribute(
                        new SlotRequest(hero, hero.variants(), visitor("research", null)));

        assertThat(distribution.entries()).hasSize(4);
        assertThat(distribution.probabilityOf("category")).isEqualTo(1.0);
        assertThat(distribution.probabilityOf("seasonal")).isZero();
    }

    @Test
    void whenTheDefaultIsNotEligibleTheFirstEligibleVariantIsTheFallback() {
        List<PublishedVariant> eligible = hero.variants().subList(1, 3);

        Weighted choice =
                strategy.distribute(new SlotRequest(hero, eligible, visitor(null, null)))
                        .mostLikely();

        assertThat(choice.variant().key()).isEqualTo("category");
    }

    private Weighted choose(PublishedSlot slot, Visitor visitor) {
        return strategy.distribute(new SlotRequest(slot, slot.variants(), visitor)).mostLikely();
    }

    static Visitor visitor(String intent, String lifecycle) {
        return Visitor.of("v-1", intent, lifecycle);
    }

    static PublishedVariant variant(String key, Set<String> intents, Set<String> lifecycle) {
        return PublishedVariant.builder(key, "hero-banner")
                .content(Map.of("headline", key))
                .intents(intents)
                .lifecycleStages(lifecycle)
                .build();
    }
}
