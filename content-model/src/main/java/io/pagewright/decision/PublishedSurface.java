package io.pagewright.decision;

import io.pagewright.content.Channel;
import io.pagewright.content.SlotDefinition;
import io.pagewright.content.SurfaceDefinition;
import io.pagewright.content.Tags;
import io.pagewright.content.VariantDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The published snapshot of one surface: its slots in page order. */
public record PublishedSurface(String key, Channel channel, List<PublishedSlot> slots) {

    public PublishedSurface {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(channel, "channel");
        slots = slots.stream().sorted(Comparator.comparingInt(PublishedSlot::position)).toList();
    }

    /** The snapshot a surface definition publishes: every slot with all its variants. */
    public static PublishedSurface of(SurfaceDefinition definition) {
        List<PublishedSlot> slots = new ArrayList<>();
        for (int i = 0; i < definition.slots().size(); i++) {
            SlotDefinition slot = definition.slots().get(i);
            slots.add(
                    new PublishedSlot(
                            slot.key(),
                            i,
                            slot.defaultVariant(),
                            slot.variants().stream().map(PublishedSurface::variant).toList()));
        }
        return new PublishedSurface(definition.key(), definition.channel(), slots);
    }

    private static PublishedVariant variant(VariantDefinition v) {
        Tags tags = v.tags();
        return new PublishedVariant(
                v.key(),
                v.name(),
                v.componentType(),
                v.content(),
                Set.copyOf(tags.intents()),
                Set.copyOf(tags.lifecycleStages()),
                Set.copyOf(tags.categories()),
                Optional.ofNullable(v.offer()));
    }
}
