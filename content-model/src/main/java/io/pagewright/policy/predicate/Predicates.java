package io.pagewright.policy.predicate;

import java.util.List;
import java.util.Map;

/** Evaluates predicates against a visitor's attributes (flat names, as on {@code Visitor}). */
public final class Predicates {
    private Predicates() {}

    public static boolean holds(ProfilePredicate predicate, Map<String, Object> attributes) {
        return switch (predicate) {
            case ProfilePredicate.And and -> all(and.operands(), attributes);
            case ProfilePredicate.Or or -> any(or.operands(), attributes);
            case ProfilePredicate.Not not -> !holds(not.operand(), attributes);
            case ProfilePredicate.Compare compare ->
                    compare(compare, attributes.get(compare.attribute()));
            case ProfilePredicate.In in -> contains(in.values(), attributes.get(in.attribute()));
            case ProfilePredicate.Exists exists -> attributes.containsKey(exists.attribute());
        };
    }

    private static boolean all(List<ProfilePredicate> operands, Map<String, Object> attributes) {
        for (ProfilePredicate operand : operands) {
            if (!holds(operand, attributes)) {
                return false;
            }
        }
        return true;
    }

    private static boolean any(List<ProfilePredicate> operands, Map<String, Object> attributes) {
        for (ProfilePredicate operand : operands) {
            if (holds(operand, attributes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean compare(ProfilePredicate.Compare compare, Object value) {
        Operator operator = compare.operator();
        if (value == null) {
            return operator == Operator.NE;
        }
        if (!operator.orders()) {
            return Literals.same(value, compare.value()) == (operator == Operator.EQ);
        }
        if (!(value instanceof Number number) || !(compare.value() instanceof Double literal)) {
            return false;
        }
        int order = Double.compare(number.doubleValue(), literal);
        return switch (operator) {
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            case EQ, NE -> throw new AssertionError("equality is handled above");
        };
    }

    private static boolean contains(List<Object> values, Object value) {
        if (value == null) {
            return false;
        }
        for (Object candidate : values) {
            if (Literals.same(value, candidate)) {
                return true;
            }
        }
        return false;
    }
}
