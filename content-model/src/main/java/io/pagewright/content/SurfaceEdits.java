package io.pagewright.content;

import io.pagewright.content.SurfaceEditException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Slot and variant edits as pure functions from one surface definition to the next. Each refuses,
 * with a {@link SurfaceEditException}, an edit the surface cannot take; the result is checked like
 * any other surface when it is stored.
 */
public final class SurfaceEdits {
    private SurfaceEdits() {}

    public static SlotDefinition slot(SurfaceDefinition surface, String slotKey) {
        return surface.slots().get(slotIndex(surface, slotKey));
    }

    public static VariantDefinition variant(
            SurfaceDefinition surface, String slotKey, String variantKey) {
        SlotDefinition slot = slot(surface, slotKey);
        return slot.variants().get(variantIndex(slot, variantKey));
    }

    /** Inserts {@code slot} at {@code position} (0 is first), or appends it when null. */
    public static SurfaceDefinition addSlot(
            SurfaceDefinition surface, SlotDefinition slot, Integer position) {
        Objects.requireNonNull(slot, "slot");
        List<SlotDefinition> slots = new ArrayList<>(surface.slots());
        if (slots.stream().anyMatch(s -> s.key().equals(slot.key()))) {
            throw new SurfaceEditException(
                    Reason.SLOT_EXISTS,
                    "Surface '" + surface.key() + "' already has a slot '" + slot.key() + "'.");
        }
        int at = position == null ? slots.size() : position;
        if (at < 0 || at > slots.size()) {
            throw new SurfaceEditException(
                    Reason.POSITION_OUT_OF_RANGE,
                    "must be between 0 and " + slots.size() + " (the number of slots)");
        }
        slots.add(at, slot);
        return withSlots(surface, slots);
    }

    /** Replaces the slot {@code slotKey} with {@code slot}, in the same position. */
    public static SurfaceDefinition replaceSlot(
            SurfaceDefinition surface, String slotKey, SlotDefinition slot) {
        Objects.requireNonNull(slot, "slot");
        requireSameKey(slotKey, slot.key(), "slot");
        return changeSlot(surface, slotKey, old -> slot);
    }

    public static SurfaceDefinition removeSlot(SurfaceDefinition surface, String slotKey) {
        int index = slotIndex(surface, slotKey);
        if (surface.slots().size() == 1) {
            throw new SurfaceEditException(
                    Reason.LAST_SLOT,
                    "Slot '"
                            + slotKey
                            + "' is the only slot of surface '"
                            + surface.key()
                            + "'; a surface keeps at least one slot.");
        }
        List<SlotDefinition> slots = new ArrayList<>(surface.slots());
        slots.remove(index);
        return withSlots(surface, slots);
    }

    /** Appends {@code variant} to the slot's variants. */
    public static SurfaceDefinition addVariant(
            SurfaceDefinition surface, String slotKey, VariantDefinition variant) {
        Objects.requireNonNull(variant, "variant");
        return changeSlot(
                surface,
                slotKey,
                slot -> {
                    if (slot.variants().stream().anyMatch(v -> v.key().equals(variant.key()))) {
                        throw new SurfaceEditException(
                                Reason.VARIANT_EXISTS,
                                "Slot '"
                                        + slotKey
                                        + "' already has a variant '"
                                        + variant.key()
                                        + "'.");
                    }
                    List<VariantDefinition> variants = new ArrayList<>(slot.variants());
                    variants.add(variant);
                    return withVariants(slot, variants);
                });
    }

    /** Replaces the variant {@code variantKey} of the slot with {@code variant}, in place. */
    public static SurfaceDefinition replaceVariant(
            SurfaceDefinition surface,
            String slotKey,
            String variantKey,
            VariantDefinition variant) {
        Objects.requireNonNull(variant, "variant");
        requireSameKey(variantKey, variant.key(), "variant");
        return changeSlot(
                surface,
                slotKey,
                slot -> {
                    List<VariantDefinition> variants = new ArrayList<>(slot.variants());
                    variants.set(variantIndex(slot, variantKey), variant);
                    return withVariants(slot, variants);
                });
    }

    public static SurfaceDefinition removeVariant(
            SurfaceDefinition surface, String slotKey, String variantKey) {
        return changeSlot(
                surface,
                slotKey,
                slot -> {
                    int index = variantIndex(slot, variantKey);
                    if (slot.defaultVariant().equals(variantKey)) {
                        throw new SurfaceEditException(
                                Reason.DEFAULT_VARIANT,
                                "Variant '"
                                        + variantKey
                                        + "' is the default variant of slot '"
                                        + slotKey
                                        + "'; make another variant the default first.");
                    }
                    List<VariantDefinition> variants = new ArrayList<>(slot.variants());
                    variants.remove(index);
                    return withVariants(slot, variants);
                });
    }

    /** Where a slot is in the surface document: {@code slots[2]}. */
    public static String slotPath(SurfaceDefinition surface, String slotKey) {
        return "slots[" + slotIndex(surface, slotKey) + "]";
    }

    /** Where a variant is in the surface document: {@code slots[2].variants[1]}. */
    public static String variantPath(SurfaceDefinition surface, String slotKey, String variantKey) {
        return slotPath(surface, slotKey)
                + ".variants["
                + variantIndex(slot(surface, slotKey), variantKey)
                + "]";
    }

    private static SurfaceDefinition changeSlot(
            SurfaceDefinition surface, String slotKey, UnaryOperator<SlotDefinition> change) {
        int index = slotIndex(surface, slotKey);
        List<SlotDefinition> slots = new ArrayList<>(surface.slots());
        slots.set(index, change.apply(slots.get(index)));
        return withSlots(surface, slots);
    }

    private static int slotIndex(SurfaceDefinition surface, String slotKey) {
        for (int i = 0; i < surface.slots().size(); i++) {
            if (surface.slots().get(i).key().equals(slotKey)) {
                return i;
            }
        }
        throw new SurfaceEditException(
                Reason.SLOT_NOT_FOUND,
                "Surface '" + surface.key() + "' has no slot '" + slotKey + "'.");
    }

    private static int variantIndex(SlotDefinition slot, String variantKey) {
        for (int i = 0; i < slot.variants().size(); i++) {
            if (slot.variants().get(i).key().equals(variantKey)) {
                return i;
            }
        }
        throw new SurfaceEditException(
                Reason.VARIANT_NOT_FOUND,
                "Slot '" + slot.key() + "' has no variant '" + variantKey + "'.");
    }

    private static void requireSameKey(String pathKey, String bodyKey, String what) {
        if (!pathKey.equals(bodyKey)) {
            throw new SurfaceEditException(
                    Reason.KEY_MISMATCH,
                    "must be '" + pathKey + "': a " + what + "'s key cannot change");
        }
    }

    private static SurfaceDefinition withSlots(
            SurfaceDefinition surface, List<SlotDefinition> slots) {
        return new SurfaceDefinition(surface.key(), surface.name(), surface.channel(), slots);
    }

    private static SlotDefinition withVariants(
            SlotDefinition slot, List<VariantDefinition> variants) {
        return new SlotDefinition(
                slot.key(),
                slot.name(),
                slot.defaultVariant(),
                variants,
                slot.constraints(),
                slot.strategy(),
                slot.strategySettings());
    }
}
