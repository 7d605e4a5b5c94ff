package io.pagewright.policy.predicate;

/** The type of a profile attribute, which decides the comparisons a predicate may make on it. */
public enum FieldType {
    STRING,
    NUMBER,
    BOOLEAN;

    /** Whether {@code value}, a normalized literal or attribute value, has this type. */
    public boolean admits(Object value) {
        return switch (this) {
            case STRING -> value instanceof String;
            case NUMBER -> value instanceof Number;
            case BOOLEAN -> value instanceof Boolean;
        };
    }
}
