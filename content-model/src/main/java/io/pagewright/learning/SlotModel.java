package io.pagewright.learning;

import java.util.List;
import java.util.Objects;

/**
 * The learning model of one slot of one surface. Decisions read {@link #current()} without locks;
 * changes (learning a batch, reset, freeze, new settings) build the next immutable {@link
 * ModelState} under this model's lock and publish it at once, so a decision never sees a half
 * applied batch. Every change increments the version.
 */
public final class SlotModel {

    private final String surface;
    private final String slot;
    private volatile ModelState state;

    private SlotModel(String surface, String slot, ModelState state) {
        this.surface = Objects.requireNonNull(surface, "surface");
        this.slot = Objects.requireNonNull(slot, "slot");
        this.state = state;
    }

    /** A model that knows nothing yet: every weight at its prior. */
    public static SlotModel create(String surface, String slot, BanditSettings settings) {
        return new SlotModel(surface, slot, ModelState.prior(settings, 1, false));
    }

    /** The model a snapshot was taken of, at the same version. */
    public static SlotModel restore(ModelSnapshot snapshot) {
        return new SlotModel(snapshot.surface(), snapshot.slot(), snapshot.toState());
    }

    public String surface() {
        return surface;
    }

    public String slot() {
        return slot;
    }

    /** The state decisions use now; pin it to decide and log its version together. */
    public ModelState current() {
        return state;
    }

    /**
     * Learns from a micro-batch of outcomes and returns the new state. A frozen model ignores the
     * batch and returns its unchanged state.
     */
    public synchronized ModelState learn(List<Observation> batch) {
        List<Observation> copy = List.copyOf(batch);
        if (state.frozen() || copy.isEmpty()) {
            return state;
        }
        state = state.learn(copy);
        return state;
    }

    /** Forgets everything learned: back to the priors, keeping settings and the frozen flag. */
    public synchronized ModelState reset() {
        state = ModelState.prior(state.settings, state.version() + 1, state.frozen());
        return state;
    }

    /** Stops learning: outcomes are ignored until {@link #unfreeze()}; decisions go on as now. */
    public synchronized ModelState freeze() {
        state = state.withFrozen(true);
        return state;
    }

    public synchronized ModelState unfreeze() {
        state = state.withFrozen(false);
        return state;
    }

    /**
     * Applies new settings from the next decision on. Learned weights are kept: priors and context
     * attributes only affect what is learned after a {@link #reset()}.
     */
    public synchronized ModelState configure(BanditSettings settings) {
        state = state.withSettings(Objects.requireNonNull(settings, "settings"));
        return state;
    }

    /** The durable form of the current state. */
    public ModelSnapshot snapshot() {
        return ModelSnapshot.of(surface, slot, state);
    }
}
