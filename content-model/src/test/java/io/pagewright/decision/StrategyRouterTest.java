package io.pagewright.decision;

import static io.pagewright.decision.DefaultStrategyTest.variant;
import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.content.Channel;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StrategyRouterTest {

    private final StrategyRouter router =
            new StrategyRouter(new RulesStrategy(), new DefaultStrategy());
    private final Visitor buyer = new Visitor("v-1", Map.of(Visitor.INTENT, "ready-to-buy"));

    @Test
    void eachSlotIsDecidedAndRecordedByTheStrategyItNames() {
        PublishedSlot byRules =
                new PublishedSlot(
                        "hero",
                        0,
                        "control",
                        List.of(variant("buy-now"), variant("control")),
                        "rules");
        PublishedSlot control =
                new PublishedSlot(
                        "offer",
                        1,
                        "control",
                        List.of(variant("buy-now"), variant("control")),
                        "default");

        AssembledPage page =
                new PageAssembler(router)
                        .assemble(
                                new PublishedSurface(
                                        "home", Channel.WEB, List.of(byRules, control)),
                                buyer,
                                UUID.randomUUID());

        assertThat(page.slots())
                .extracting(d -> d.slot() + ":" + d.strategy() + ":" + d.variant())
                .containsExactly("hero:rules:buy-now", "offer:default:control");
    }

    @Test
    void aSlotNamingAnUnknownStrategyIsDecidedByTheFallback() {
        PublishedSlot learning =
                new PublishedSlot(
                        "hero",
                        0,
                        "control",
                        List.of(variant("buy-now"), variant("control")),
                        "bandit");

        assertThat(router.idFor(learning)).isEqualTo("rules");
        assertThat(
                        router.distribute(new SlotRequest(learning, learning.variants(), buyer))
                                .entries())
                .extracting(w -> w.variant().key())
                .contains("buy-now");
    }
}
