package io.pagewright.decision;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A published slot: its place on the surface, its variants and which of them is the default. */
public record PublishedSlot(
        String key,
        int position,
        String defaultVariant,
        List<PublishedVariant> variants,
        String strategy,
        Map<String, Object> strategySettings) {

    public PublishedSlot {
        Objects.requireNonNull(key, "key");
        strategy = strategy == null ? RulesStrategy.ID : strategy;
        strategySettings =
                strategySettings == null
                        ? Map.of()
                        : java.util.Collections.unmodifiableMap(
                                new java.util.LinkedHashMap<>(strategySettings));
        Objects.requireNonNull(defaultVariant, "defaultVariant");
        variants = List.copyOf(variants);
        if (variants.stream().noneMatch(v -> v.key().equals(defaultVariant))) {
            throw new IllegalArgumentException(
                    "slot " + key + " has no published default variant " + defaultVariant);
        }
    }

    /** A slot decided by the {@code rules} strategy. */
    public PublishedSlot(
            String key, int position, String defaultVariant, List<PublishedVariant> variants) {
        this(key, position, defaultVariant, variants, null, null);
    }

    /** A slot decided by {@code strategy} with its default settings. */
    public PublishedSlot(
            String key,
            int position,
            String defaultVariant,
            List<PublishedVariant> variants,
            String strategy) {
        this(key, position, defaultVariant, variants, strategy, null);
    }

    public PublishedVariant defaultVariantOrThrow() {
        return variants.stream()
                .filter(v -> v.key().equals(defaultVariant))
                .findFirst()
                .orElseThrow();
    }
}
