package io.pagewright.decision;

import io.pagewright.content.Channel;
import io.pagewright.content.SlotDefinition;
import io.pagewright.content.SurfaceDefinition;
import io.pagewright.content.Tags;
import io.pagewright.content.VariantDefinition;
import java.time.Instant;
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
                            slot.variants().stream().map(PublishedSurface::variant).toList(),
                            slot.strategyOrDefault(),
                            slot.strategySettings()));
        }
        return new PublishedSurface(definition.key(), definition.channel(), slots);
    }

    /**
     * The snapshot the engine sees at {@code at}: every slot with the variants whose validity
     * window contains {@code at}. A slot's default variant is always kept, in window or not: it is
     * the control experience and the fallback.
     */
    public static PublishedSurface of(SurfaceDefinition definition, Instant at) {
        List<PublishedSlot> slots = new ArrayList<>();
        for (int i = 0; i < definition.slots().size(); i++) {
            SlotDefinition slot = definition.slots().get(i);
            slots.add(
                    new PublishedSlot(
                            slot.key(),
                            i,
                            slot.defaultVariant(),
                            slot.variants().stream()
                                    .filter(v ->
                                            v.key().equals(slot.defaultVariant())
                                                    || v.isValidAt(at))
                                    .map(PublishedSurface::variant)
                                    .toList(),
                            slot.strategyOrDefault(),
                            slot.strategySettings()));
        }
        return new PublishedSurface(definition.key(), definition.channel(), slots);
    }

    /** The first moment after {@code at} when a variant's window opens or closes, if any. */
    public static Optional<Instant> nextWindowChange(SurfaceDefinition definition, Instant at) {
        return definition.slots().stream()
                .flatMap(slot -> slot.variants().stream())
                .flatMap(v -> java.util.stream.Stream.of(v.validFrom(), v.validUntil()))
                .filter(t -> t != null && t.isAfter(at))
                .min(Comparator.naturalOrder());
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
