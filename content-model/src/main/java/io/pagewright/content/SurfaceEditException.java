package io.pagewright.content;

import java.util.Objects;

/** A slot or variant edit that the surface cannot take; {@link #reason()} says which rule. */
public class SurfaceEditException extends RuntimeException {

    /** Why an edit was refused. */
    public enum Reason {
        /** The surface has no slot with that key. */
        SLOT_NOT_FOUND,
        /** The slot has no variant with that key. */
        VARIANT_NOT_FOUND,
        /** The surface already has a slot with that key. */
        SLOT_EXISTS,
        /** The slot already has a variant with that key. */
        VARIANT_EXISTS,
        /** Removing the slot would leave the surface without slots. */
        LAST_SLOT,
        /** The variant is its slot's default and cannot be removed. */
        DEFAULT_VARIANT,
        /** The position to insert a slot at is outside the slot list. */
        POSITION_OUT_OF_RANGE,
        /** The key in the body differs from the key in the path. */
        KEY_MISMATCH
    }

    private final Reason reason;

    public SurfaceEditException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
