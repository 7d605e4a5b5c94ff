package io.pagewright.policy;

import io.pagewright.decision.PublishedSurface;
import java.util.List;

/**
 * A compiled policy prepared for one published surface: the rules that cover the surface, and for
 * each slot which variants each rule is about. Immutable and thread-safe; build it with {@link
 * CompiledPolicy#on} when a surface is published or a policy approved, and reuse it for every
 * request.
 */
public final class SurfaceGuardrails {

    private final CompiledPolicy policy;
    private final PublishedSurface surface;
    private final List<Guard> guards;
    private final List<PreparedSlot> slots;

    SurfaceGuardrails(CompiledPolicy policy, PublishedSurface surface) {
        this.policy = policy;
        this.surface = surface;
        this.guards =
                policy.guards().stream()
                        .filter(g -> g.segment().coversSurface(surface.key()))
                        .toList();
        this.slots = surface.slots().stream().map(slot -> new PreparedSlot(slot, guards)).toList();
    }

    public CompiledPolicy policy() {
        return policy;
    }

    public PublishedSurface surface() {
        return surface;
    }

    List<Guard> guards() {
        return guards;
    }

    List<PreparedSlot> slots() {
        return slots;
    }
}
