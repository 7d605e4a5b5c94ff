package io.pagewright.search;

import java.util.List;
import java.util.Map;

/**
 * A published variant as stored in the variants index: one document per surface, slot and variant.
 */
public record VariantDocument(
        String surface,
        String channel,
        String slot,
        int slotPosition,
        String defaultVariant,
        String variant,
        int variantPosition,
        String name,
        String componentType,
        Map<String, Object> content,
        String contentText,
        List<String> intents,
        List<String> lifecycleStages,
        List<String> categories,
        String offerType,
        Double discountPercent,
        String marginClass,
        String publishedAt) {

    static String id(String surface, String slot, String variant) {
        return surface + ":" + slot + ":" + variant;
    }

    String id() {
        return id(surface, slot, variant);
    }
}
