package io.pagewright.policy.predicate;

/**
 * Literal values of predicates and attribute values of visitors, in one normalized form: strings,
 * booleans and numbers as {@code Double}, so that {@code 3} and {@code 3.0} are the same value.
 */
final class Literals {
    private Literals() {}

    static Object normalize(Object value) {
        return switch (value) {
            case String s -> s;
            case Boolean b -> b;
            case Double d -> d;
            case Number n -> n.doubleValue();
            case null -> throw new IllegalArgumentException("a literal cannot be null");
            default ->
                    throw new IllegalArgumentException(
                            "a literal is a string, number or boolean, not "
                                    + value.getClass().getSimpleName());
        };
    }

    static boolean same(Object attribute, Object literal) {
        if (attribute instanceof Number a && literal instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        return attribute.equals(literal);
    }

    static String text(Object literal) {
        if (literal instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (literal instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return literal.toString();
    }
}
