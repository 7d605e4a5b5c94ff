package io.pagewright.decision;

import io.pagewright.content.Offer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A variant as the decision engine sees it once published: content plus decision metadata. */
public record PublishedVariant(
        String key,
        String name,
        String componentType,
        Map<String, Object> content,
        Set<String> intents,
        Set<String> lifecycleStages,
        Set<String> categories,
        Optional<Offer> offer) {

    public PublishedVariant {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(componentType, "componentType");
        content =
                Collections.unmodifiableMap(
                        new LinkedHashMap<>(Objects.requireNonNull(content, "content")));
        intents = Set.copyOf(intents);
        lifecycleStages = Set.copyOf(lifecycleStages);
        categories = Set.copyOf(categories);
        Objects.requireNonNull(offer, "offer");
    }
}
