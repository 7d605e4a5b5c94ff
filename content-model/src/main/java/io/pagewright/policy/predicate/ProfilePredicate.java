package io.pagewright.policy.predicate;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;

/**
 * A condition on a visitor's profile attributes, e.g. {@code ageBand == "under-18" or not
 * consent.personalization}. This is the typed syntax tree; {@link PredicateParser} reads the text
 * form and {@link #toText()} writes it back. The JSON form tags every node with {@code type}.
 *
 * <p>A comparison or {@code in} on an attribute the visitor does not have is false, except {@code
 * !=}, which is exactly {@code not ==}; {@code exists} tests presence.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ProfilePredicate.And.class, name = "and"),
    @JsonSubTypes.Type(value = ProfilePredicate.Or.class, name = "or"),
    @JsonSubTypes.Type(value = ProfilePredicate.Not.class, name = "not"),
    @JsonSubTypes.Type(value = ProfilePredicate.Compare.class, name = "compare"),
    @JsonSubTypes.Type(value = ProfilePredicate.In.class, name = "in"),
    @JsonSubTypes.Type(value = ProfilePredicate.Exists.class, name = "exists")
})
public sealed interface ProfilePredicate {

    /** Holds when every operand holds. */
    record And(List<ProfilePredicate> operands) implements ProfilePredicate {
        public And {
            operands = atLeastTwo(operands, "and");
        }
    }

    /** Holds when at least one operand holds. */
    record Or(List<ProfilePredicate> operands) implements ProfilePredicate {
        public Or {
            operands = atLeastTwo(operands, "or");
        }
    }

    record Not(ProfilePredicate operand) implements ProfilePredicate {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** {@code attribute operator value}; a bare boolean attribute reads as {@code == true}. */
    record Compare(String attribute, Operator operator, Object value) implements ProfilePredicate {
        public Compare {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(operator, "operator");
            value = Literals.normalize(value);
        }
    }

    /** Holds when the attribute equals one of the values. */
    record In(String attribute, List<Object> values) implements ProfilePredicate {
        public In {
            Objects.requireNonNull(attribute, "attribute");
            values = values.stream().map(Literals::normalize).toList();
            if (values.isEmpty()) {
                throw new IllegalArgumentException("'in' needs at least one value");
            }
        }
    }

    /** Holds when the visitor has the attribute, whatever its value. */
    record Exists(String attribute) implements ProfilePredicate {
        public Exists {
            Objects.requireNonNull(attribute, "attribute");
        }
    }

    /** The canonical text form, which {@link PredicateParser} reads back to an equal predicate. */
    default String toText() {
        return PredicateText.of(this);
    }

    private static List<ProfilePredicate> atLeastTwo(List<ProfilePredicate> operands, String op) {
        List<ProfilePredicate> copy = List.copyOf(operands);
        if (copy.size() < 2) {
            throw new IllegalArgumentException("'" + op + "' needs at least two operands");
        }
        return copy;
    }
}
