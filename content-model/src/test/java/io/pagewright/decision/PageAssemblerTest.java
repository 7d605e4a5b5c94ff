package io.pagewright.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pagewright.content.Channel;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageAssemblerTest {

    private final PublishedSurface surface =
            new PublishedSurface(
                    "home",
                    Channel.WEB,
                    List.of(
                            new PublishedSlot(
                                    "offer",
                                    2,
                                    "none",
                                    List.of(RulesStrategyTest.variant("none", Set.of(), Set.of()))),
                            new PublishedSlot(
                                    "hero",
                                    0,
                                    "seasonal",
                                    List.of(
                                            RulesStrategyTest.variant(
                                                    "seasonal", Set.of(), Set.of()),
                                            RulesStrategyTest.variant(
                                                    "buy", Set.of("ready-to-buy"), Set.of())))));

    @Test
    void assemblesOneDecisionPerSlotInPageOrderWithDistinctIds() {
        UUID pageId = UUID.randomUUID();

        AssembledPage page =
                new PageAssembler(new RulesStrategy())
                        .assemble(surface, RulesStrategyTest.visitor("ready-to-buy", null), pageId);

        assertThat(page.pageDecisionId()).isEqualTo(pageId);
        assertThat(page.slots()).extracting(SlotDecision::slot).containsExactly("hero", "offer");
        assertThat(page.slots()).extracting(SlotDecision::variant).containsExactly("buy", "none");
        assertThat(page.slots()).extracting(SlotDecision::isDefault).containsExactly(false, true);
        assertThat(page.slots()).extracting(SlotDecision::strategy).containsOnly("rules");
        assertThat(page.channel()).isEqualTo("web");
        assertThat(page.slots())
                .extracting(SlotDecision::decisionId)
                .doesNotContain(pageId)
                .doesNotHaveDuplicates();
    }

    @Test
    void theSamePageDecisionIdReplaysTheSameDecisions() {
        SlotStrategy coinFlip =
                new SlotStrategy() {
                    @Override
                    public String id() {
                        return "coin";
                    }

                    @Override
                    public Distribution distribute(SlotRequest request) {
                        double p = 1.0 / request.eligible().size();
                        return new Distribution(
                                request.eligible().stream()
                                        .map(v -> new Weighted(v, 0, p, "uniform"))
                                        .toList());
                    }
                };
        PageAssembler assembler = new PageAssembler(coinFlip);
        Visitor visitor = RulesStrategyTest.visitor(null, null);

        for (int i = 0; i < 20; i++) {
            UUID pageId = UUID.randomUUID();
            AssembledPage first = assembler.assemble(surface, visitor, pageId);
            AssembledPage replay = assembler.assemble(surface, visitor, pageId);
            assertThat(replay).isEqualTo(first);
            assertThat(first.slots().getFirst().probability()).isEqualTo(0.5);
        }
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
