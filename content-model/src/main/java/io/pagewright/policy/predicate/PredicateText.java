package io.pagewright.policy.predicate;

import java.util.stream.Collectors;

/** Writes a predicate in the text syntax, with parentheses only where precedence needs them. */
final class PredicateText {
    private PredicateText() {}

    static String of(ProfilePredicate predicate) {
        return switch (predicate) {
            case ProfilePredicate.Or or ->
                    or.operands().stream()
                            .map(PredicateText::of)
                            .collect(Collectors.joining(" or "));
            case ProfilePredicate.And and ->
                    and.operands().stream()
                            .map(p -> p instanceof ProfilePredicate.Or ? "(" + of(p) + ")" : of(p))
                            .collect(Collectors.joining(" and "));
            case ProfilePredicate.Not not ->
                    "not "
                            + (not.operand() instanceof ProfilePredicate.And
                                            || not.operand() instanceof ProfilePredicate.Or
                                    ? "(" + of(not.operand()) + ")"
                                    : of(not.operand()));
            case ProfilePredicate.Compare c ->
                    c.attribute() + " " + c.operator().symbol() + " " + Literals.text(c.value());
            case ProfilePredicate.In in ->
                    in.attribute()
                            + " in ["
                            + in.values().stream()
                                    .map(Literals::text)
                                    .collect(Collectors.joining(", "))
                            + "]";
            case ProfilePredicate.Exists e -> e.attribute() + " exists";
        };
    }
}
