package io.pagewright.decision;

import io.pagewright.content.Offer;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A variant as the decision engine sees it once published: content plus decision metadata. Build
 * one with {@link #builder(String, String)} so that adding metadata later does not break callers.
 */
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

    public static Builder builder(String key, String componentType) {
        return new Builder(key, componentType);
    }

    /** Builds a {@link PublishedVariant}; unset fields are empty, the name defaults to the key. */
    public static final class Builder {
        private final String key;
        private final String componentType;
        private String name;
        private Map<String, Object> content = Map.of();
        private Set<String> intents = Set.of();
        private Set<String> lifecycleStages = Set.of();
        private Set<String> categories = Set.of();
        private Offer offer;

        private Builder(String key, String componentType) {
            this.key = key;
            this.componentType = componentType;
            this.name = key;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder content(Map<String, Object> content) {
            this.content = content;
            return this;
        }

        public Builder intents(Collection<String> intents) {
            this.intents = Set.copyOf(intents);
            return this;
        }

        public Builder lifecycleStages(Collection<String> stages) {
            this.lifecycleStages = Set.copyOf(stages);
            return this;
        }

        public Builder categories(Collection<String> categories) {
            this.categories = Set.copyOf(categories);
            return this;
        }

        public Builder offer(Offer offer) {
            this.offer = offer;
            return this;
        }

        public PublishedVariant build() {
            return new PublishedVariant(
                    key,
                    name,
                    componentType,
                    content,
                    intents,
                    lifecycleStages,
                    categories,
                    Optional.ofNullable(offer));
        }
    }
}
