package io.pagewright.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.content.Channel;
import io.pagewright.content.SlotDefinition;
import io.pagewright.content.SurfaceDefinition;
import io.pagewright.content.Tags;
import io.pagewright.content.VariantDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishedSurfaceTest {

    static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

    static VariantDefinition variant(String key, Instant from, Instant until) {
        return new VariantDefinition(
                key,
                key,
                "hero-banner",
                Map.of("headline", key),
                Tags.NONE,
                null,
                null,
                null,
                null,
                from,
                until);
    }

    static SurfaceDefinition surface(VariantDefinition... variants) {
        return new SurfaceDefinition(
                "home",
                "Home",
                Channel.WEB,
                List.of(new SlotDefinition("hero", "Hero", "control", List.of(variants), null)));
    }

    static List<String> keysAt(SurfaceDefinition definition, Instant at) {
        return PublishedSurface.of(definition, at).slots().get(0).variants().stream()
                .map(PublishedVariant::key)
                .toList();
    }

    @Test
    void onlyVariantsInTheirWindowAreVisibleAndTheDefaultAlways() {
        SurfaceDefinition definition =
                surface(
                        variant("control", null, NOON.minusSeconds(60)),
                        variant("open-ended", null, null),
                        variant("later", NOON.plusSeconds(3600), null),
                        variant("over", NOON.minusSeconds(7200), NOON.minusSeconds(3600)),
                        variant("now", NOON.minusSeconds(60), NOON.plusSeconds(60)));

        assertThat(keysAt(definition, NOON)).containsExactly("control", "open-ended", "now");
        assertThat(keysAt(definition, NOON.plusSeconds(3600)))
                .containsExactly("control", "open-ended", "later");
    }

    @Test
    void theNextWindowChangeIsTheFirstBoundaryAfterNow() {
        SurfaceDefinition definition =
                surface(
                        variant("control", null, null),
                        variant("later", NOON.plusSeconds(3600), null),
                        variant("now", NOON.minusSeconds(60), NOON.plusSeconds(60)));

        assertThat(PublishedSurface.nextWindowChange(definition, NOON))
                .contains(NOON.plusSeconds(60));
        assertThat(PublishedSurface.nextWindowChange(definition, NOON.plusSeconds(60)))
                .contains(NOON.plusSeconds(3600));
        assertThat(PublishedSurface.nextWindowChange(definition, NOON.plusSeconds(3600))).isEmpty();
    }
}
