package io.pagewright.policy.predicate;

import java.util.List;
import java.util.Objects;

/**
 * A profile attribute that predicates may read: its flat name as on {@code Visitor}, its type, and
 * example values (used to generate synthetic visitors for dry runs; may be empty).
 */
public record Field(String name, FieldType type, List<Object> examples) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        examples = examples.stream().map(Literals::normalize).toList();
        for (Object example : examples) {
            if (!type.admits(example)) {
                throw new IllegalArgumentException(
                        "example " + example + " of " + name + " is not a " + type);
            }
        }
    }

    public static Field of(String name, FieldType type, Object... examples) {
        return new Field(name, type, List.of(examples));
    }
}
