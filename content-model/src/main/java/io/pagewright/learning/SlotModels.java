package io.pagewright.learning;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models of the slots of one surface, created on first use with the surface's default settings
 * or restored from snapshots.
 */
public final class SlotModels {

    private final String surface;
    private final BanditSettings defaults;
    private final ConcurrentHashMap<String, SlotModel> bySlot = new ConcurrentHashMap<>();

    public SlotModels(String surface, BanditSettings defaults) {
        this.surface = Objects.requireNonNull(surface, "surface");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    public String surface() {
        return surface;
    }

    /** The slot's model, created from the defaults if it has none yet. */
    public SlotModel model(String slot) {
        return bySlot.computeIfAbsent(slot, key -> SlotModel.create(surface, key, defaults));
    }

    /**
     * The slot's model, created from {@code settings} (the published slot's, by name; the defaults
     * when empty) if it has none yet. An existing model keeps its settings: changing them is a new
     * version the learner writes.
     */
    public SlotModel model(String slot, java.util.Map<String, ?> settings) {
        return bySlot.computeIfAbsent(
                slot,
                key ->
                        SlotModel.create(
                                surface,
                                key,
                                settings.isEmpty() ? defaults : BanditSettings.from(settings)));
    }

    public Optional<SlotModel> find(String slot) {
        return Optional.ofNullable(bySlot.get(slot));
    }

    /** Replaces the slot's model by the one {@code snapshot} describes. */
    public SlotModel restore(ModelSnapshot snapshot) {
        if (!snapshot.surface().equals(surface)) {
            throw new IllegalArgumentException(
                    "snapshot of surface " + snapshot.surface() + " restored into " + surface);
        }
        SlotModel restored = SlotModel.restore(snapshot);
        bySlot.put(snapshot.slot(), restored);
        return restored;
    }

    public Collection<SlotModel> all() {
        return List.copyOf(bySlot.values());
    }
}
