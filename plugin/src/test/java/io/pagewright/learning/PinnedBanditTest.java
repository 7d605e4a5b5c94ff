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
}
