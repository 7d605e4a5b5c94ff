package io.pagewright.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pagewright.content.Channel;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PageAssemblerTest {

    @Test
    void assemblesOneDecisionPerSlotInPageOrderWithDistinctIds() {
        AtomicLong counter = new AtomicLong();
        PageAssembler assembler =
                new PageAssembler(
                        new RulesStrategy(), () -> new UUID(0, counter.incrementAndGet()));
        PublishedSurface surface =
                new PublishedSurface(
                        "home",
                        Channel.WEB,
                        List.of(
                                new PublishedSlot(
                                        "offer",
                                        2,
                                        "none",
                                        List.of(
                                                RulesStrategyTest.variant(
                                                        "none", Set.of(), Set.of()))),
                                new PublishedSlot(
                                        "hero",
                                        0,
                                        "seasonal",
                                        List.of(
                                                RulesStrategyTest.variant(
                                                        "seasonal", Set.of(), Set.of()),
                                                RulesStrategyTest.variant(
                                                        "buy",
                                                        Set.of("ready-to-buy"),
                                                        Set.of())))));

        AssembledPage page =
                assembler.assemble(surface, RulesStrategyTest.visitor("ready-to-buy", null));

        assertThat(page.slots()).extracting(SlotDecision::slot).containsExactly("hero", "offer");
        assertThat(page.slots()).extracting(SlotDecision::variant).containsExactly("buy", "none");
        assertThat(page.slots()).extracting(SlotDecision::isDefault).containsExactly(false, true);
        assertThat(page.slots()).extracting(SlotDecision::strategy).containsOnly("rules");
        assertThat(page.channel()).isEqualTo("web");
        assertThat(page.slots())
                .extracting(SlotDecision::decisionId)
                .doesNotContain(page.pageDecisionId())
                .doesNotHaveDuplicates();
    }

    @Test
    void aSlotWithoutItsDefaultCannotBePublished() {
        assertThatThrownBy(() ->
                        new PublishedSlot(
                                "hero",
                                0,
                                "missing",
                                List.of(RulesStrategyTest.variant("a", Set.of(), Set.of()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
    }
}
