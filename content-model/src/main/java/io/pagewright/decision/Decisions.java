package io.pagewright.decision;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic ids and randomness derived from a page decision id, so that a decision can be
 * replayed: the same page id, snapshot, visitor and model give the same choices.
 */
public final class Decisions {
    private Decisions() {}

    /** The id of the decision for the slot at {@code position} of a page decision. */
    public static UUID slotDecisionId(UUID pageDecisionId, int position) {
        ByteBuffer bytes = ByteBuffer.allocate(20);
        bytes.putLong(pageDecisionId.getMostSignificantBits());
        bytes.putLong(pageDecisionId.getLeastSignificantBits());
        bytes.putInt(position);
        return UUID.nameUUIDFromBytes(bytes.array());
    }

    /** The random source for one slot decision, seeded from the decision id alone. */
    public static SplittableRandom random(UUID decisionId) {
        return new SplittableRandom(
                decisionId.getMostSignificantBits() * 31 + decisionId.getLeastSignificantBits());
    }

    /** A stable, uniformly spread hash in [0, 1) of a key, e.g. for holdout assignment. */
    public static double unitHash(String key) {
        UUID id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
        return (id.getMostSignificantBits() >>> 11) * 0x1.0p-53;
    }
}
