package io.pagewright.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        SlotChoice choice = strategy.choose(hero, visitor("ready-to-buy", "loyal-customer"));

        assertThat(choice.variant().key()).isEqualTo("loyal-buyer");
        assertThat(choice.matchedTags())
                .containsExactly("intent:ready-to-buy", "lifecycle:loyal-customer");
        assertThat(choice.probability()).isEqualTo(1.0);
    }

    @Test
    void intentOutweighsLifecycle() {
        assertThat(strategy.choose(hero, visitor("research", "loyal-customer")).variant().key())
                .isEqualTo("category");
    }

    @Test
    void lifecycleAloneIsEnoughWhenNoIntentMatches() {
        assertThat(strategy.choose(hero, visitor(null, "loyal-customer")).variant().key())
                .isEqualTo("loyalty");
    }

    @Test
    void noMatchServesTheDefault() {
        SlotChoice choice = strategy.choose(hero, visitor("post-purchase", "new-visitor"));

        assertThat(choice.variant().key()).isEqualTo("seasonal");
        assertThat(choice.reason()).contains("default");
        assertThat(choice.matchedTags()).isEmpty();
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

        assertThat(strategy.choose(slot, visitor("research", null)).variant().key()).isEqualTo("b");
    }

    static Visitor visitor(String intent, String lifecycle) {
        return new Visitor("v-1", Optional.ofNullable(intent), Optional.ofNullable(lifecycle));
    }

    static PublishedVariant variant(String key, Set<String> intents, Set<String> lifecycle) {
        return new PublishedVariant(
                key,
                key,
                "hero-banner",
                Map.of("headline", key),
                intents,
                lifecycle,
                Set.of(),
                Optional.empty());
    }
}
