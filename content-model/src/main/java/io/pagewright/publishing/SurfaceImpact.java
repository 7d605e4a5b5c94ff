package io.pagewright.publishing;

import io.pagewright.content.SlotDefinition;
import io.pagewright.content.SurfaceDefinition;
import io.pagewright.content.VariantDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a surface change is high impact, compared with what is published now: a variant with an
 * offer or discount that is added, changed or removed; a changed price (a money value in the
 * content); a variant flagged for compliance or legal review (category {@code compliance} or {@code
 * legal}); changed age or consent restrictions; changed slot constraints (they bound discounts and
 * required legal text). Everything else is an ordinary change.
 */
public final class SurfaceImpact {

    /** Categories that flag a variant for compliance or legal review. */
    public static final Set<String> FLAGS = Set.of("compliance", "legal");

    private SurfaceImpact() {}

    public static Impact assess(
            Optional<SurfaceDefinition> published, SurfaceDefinition candidate) {
        Map<String, SlotDefinition> before = new LinkedHashMap<>();
        published.ifPresent(p -> p.slots().forEach(s -> before.put(s.key(), s)));
        List<String> reasons = new ArrayList<>();
        for (SlotDefinition slot : candidate.slots()) {
            SlotDefinition old = before.remove(slot.key());
            if (old != null && !Objects.equals(old.constraints(), slot.constraints())) {
                reasons.add("slot " + slot.key() + ": constraints changed");
            }
            Map<String, VariantDefinition> oldVariants = new LinkedHashMap<>();
            if (old != null) {
                old.variants().forEach(v -> oldVariants.put(v.key(), v));
            }
            for (VariantDefinition variant : slot.variants()) {
                VariantDefinition was = oldVariants.remove(variant.key());
                if (!variant.equals(was)) {
                    variantReasons(slot.key(), was, variant, reasons);
                }
            }
            for (VariantDefinition removed : oldVariants.values()) {
                if (removed.offer() != null) {
                    reasons.add(where(slot.key(), removed) + ": offer removed");
                }
            }
        }
        for (SlotDefinition removed : before.values()) {
            for (VariantDefinition variant : removed.variants()) {
                if (variant.offer() != null) {
                    reasons.add(where(removed.key(), variant) + ": offer removed with its slot");
                }
            }
        }
        return new Impact(reasons);
    }

    private static void variantReasons(
            String slot, VariantDefinition was, VariantDefinition now, List<String> reasons) {
        String where = where(slot, now);
        if (now.offer() != null || (was != null && was.offer() != null)) {
            if (was == null || !Objects.equals(was.offer(), now.offer())) {
                reasons.add(where + ": " + describe(now));
            } else {
                reasons.add(where + ": changes a variant with an offer");
            }
        }
        if (pricesChanged(was, now)) {
            reasons.add(where + ": price changed");
        }
        for (String flag : now.tags().categories()) {
            if (FLAGS.contains(flag)) {
                reasons.add(where + ": flagged " + flag);
            }
        }
        if (was == null
                ? now.restrictions().ageRestricted()
                        || !now.restrictions().consentPurposes().isEmpty()
                : !Objects.equals(was.restrictions(), now.restrictions())) {
            reasons.add(where + ": age or consent restrictions");
        }
    }

    private static String describe(VariantDefinition variant) {
        if (variant.offer() == null) {
            return "offer removed";
        }
        return variant.offer().discountPercent() == null
                ? "offer " + variant.offer().type()
                : "offer "
                        + variant.offer().type()
                        + " "
                        + variant.offer().discountPercent().stripTrailingZeros().toPlainString()
                        + " %";
    }

    private static boolean pricesChanged(VariantDefinition was, VariantDefinition now) {
        Map<String, Object> before =
                was == null || was.content() == null ? Map.of() : was.content();
        Map<String, Object> after = now.content() == null ? Map.of() : now.content();
        for (Map.Entry<String, Object> field : after.entrySet()) {
            if (isMoney(field.getValue())
                    && !Objects.equals(before.get(field.getKey()), field.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMoney(Object value) {
        return value instanceof Map<?, ?> map
                && map.containsKey("amount")
                && map.containsKey("currency");
    }

    private static String where(String slot, VariantDefinition variant) {
        return "slot " + slot + ", variant " + variant.key();
    }
}
