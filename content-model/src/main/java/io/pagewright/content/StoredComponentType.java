package io.pagewright.content;

import java.time.Instant;
import java.util.Objects;

/** A component type as stored, with its optimistic-lock version. */
public record StoredComponentType(
        ComponentTypeDefinition definition, long version, Instant createdAt, Instant updatedAt) {
    public StoredComponentType {
        Objects.requireNonNull(definition, "definition");
    }
}
