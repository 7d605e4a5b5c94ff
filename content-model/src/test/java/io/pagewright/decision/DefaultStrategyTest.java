package io.pagewright.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultStrategyTest {

    static PublishedVariant variant(String key) {
        return new PublishedVariant(
                key,
                key,
                "hero-banner",
                Map.of(),
                Set.of("ready-to-buy"),
                Set.of(),
                Set.of(),
                Optional.empty());
    }

    static final PublishedSlot SLOT =
            new PublishedSlot(
                    "hero", 0, "control", List.of(variant("buy-now"), variant("control")));
    static final Visitor VISITOR = new Visitor("v-1", Map.of(Visitor.INTENT, "ready-to-buy"));

    @Test
    void theDefaultWinsWithCertaintyWhateverTheVisitorWants() {
        Distribution distribution =
                new DefaultStrategy().distribute(new SlotRequest(SLOT, SLOT.variants(), VISITOR));

        assertThat(distribution.entries())
                .extracting(w -> w.variant().key() + "=" + w.probability())
                .containsExactly("buy-now=0.0", "control=1.0");
    }

    @Test
    void whenARuleRemovedTheDefaultTheFirstEligibleVariantIsServed() {
        Distribution distribution =
                new DefaultStrategy()
                        .distribute(new SlotRequest(SLOT, List.of(variant("buy-now")), VISITOR));

        assertThat(distribution.entries().get(0).probability()).isEqualTo(1.0);
    }

    @Test
    void itsIdIsDefault() {
        assertThat(new DefaultStrategy().id()).isEqualTo("default");
    }
}
