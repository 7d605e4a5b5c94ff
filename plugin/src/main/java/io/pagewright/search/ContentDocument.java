package io.pagewright.search;

import java.util.List;

/** A variant of a surface's current version, as the editors' content index stores it. */
public record ContentDocument(
        String surface,
        String surfaceName,
        String channel,
        String slot,
        String variant,
        String name,
        String componentType,
        String contentText,
        List<String> intents,
        List<String> lifecycleStages,
        List<String> categories,
        List<String> locales,
        String offerType,
        String status,
        long version,
        String updatedAt) {}
