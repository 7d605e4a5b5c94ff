package io.pagewright.policy.predicate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** A comparison of an attribute with a literal; the JSON and text form is the symbol. */
public enum Operator {
    EQ("=="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    /** Whether the operator orders values, which only numbers support. */
    public boolean orders() {
        return this != EQ && this != NE;
    }

    public static Optional<Operator> fromSymbol(String symbol) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol)).findFirst();
    }

    @JsonCreator
    static Operator ofSymbol(String symbol) {
        return fromSymbol(symbol)
                .orElseThrow(() -> new IllegalArgumentException("unknown operator " + symbol));
    }
}
