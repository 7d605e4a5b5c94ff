package io.pagewright.policy.predicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the text form of a predicate into its syntax tree and type-checks it against a field
 * catalog. Grammar (keywords are reserved words, not attribute names):
 *
 * <pre>
 * predicate  = or
 * or         = and { "or" and }
 * and        = unary { "and" unary }
 * unary      = "not" unary | primary
 * primary    = "(" predicate ")"
 *            | attribute ( operator literal | "in" "[" literal { "," literal } "]" | "exists" )
 *            | attribute                      (a boolean attribute: same as attribute == true)
 * operator   = "==" | "!=" | "<" | "<=" | ">" | ">="
 * literal    = string | number | "true" | "false"
 * </pre>
 */
public final class PredicateParser {

    private static final Set<String> KEYWORDS =
            Set.of("and", "or", "not", "in", "exists", "true", "false");

    private final FieldCatalog catalog;

    public PredicateParser(FieldCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * The predicate {@code text} denotes.
     *
     * @throws PredicateException at the first syntax or type error, with its position
     */
    public ProfilePredicate parse(String text) {
        return new Run(Tokenizer.tokens(text)).whole();
    }

    /** One parse: the tokens and the cursor over them. */
    private final class Run {
        private final List<Token> tokens;
        private int next;

        Run(List<Token> tokens) {
            this.tokens = tokens;
        }

        ProfilePredicate whole() {
            if (peek().kind() == Token.Kind.END) {
                throw new PredicateException(0, "the predicate is empty");
            }
            ProfilePredicate predicate = or();
            if (peek().kind() != Token.Kind.END) {
                throw unexpected(peek(), "'and', 'or' or the end");
            }
            return predicate;
        }

        private ProfilePredicate or() {
            List<ProfilePredicate> operands = new ArrayList<>(List.of(and()));
            while (peek().isWord("or")) {
                next++;
                operands.add(and());
            }
            return operands.size() == 1 ? operands.getFirst() : new ProfilePredicate.Or(operands);
        }

        private ProfilePredicate and() {
            List<ProfilePredicate> operands = new ArrayList<>(List.of(unary()));
            while (peek().isWord("and")) {
                next++;
                operands.add(unary());
            }
            return operands.size() == 1 ? operands.getFirst() : new ProfilePredicate.And(operands);
        }

        private ProfilePredicate unary() {
            if (peek().isWord("not")) {
                next++;
                return new ProfilePredicate.Not(unary());
            }
            if (peek().kind() == Token.Kind.OPEN_PAREN) {
                next++;
                ProfilePredicate inner = or();
                expect(Token.Kind.CLOSE_PAREN, "')'");
                return inner;
            }
            return condition();
        }

        private ProfilePredicate condition() {
            Token name = take();
            if (name.kind() != Token.Kind.NAME || KEYWORDS.contains(name.text())) {
                throw unexpected(name, "an attribute name");
            }
            Field field = field(name);
            Token after = peek();
            if (after.kind() == Token.Kind.OPERATOR) {
                next++;
                return comparison(field, Operator.fromSymbol(after.text()).orElseThrow(), after);
            }
            if (after.isWord("in")) {
                next++;
                return new ProfilePredicate.In(field.name(), list(field));
            }
            if (after.isWord("exists")) {
                next++;
                return new ProfilePredicate.Exists(field.name());
            }
            if (field.type() != FieldType.BOOLEAN) {
                throw new PredicateException(
                        after.position(),
                        field.name()
                                + " is a "
                                + typeName(field.type())
                                + ", compare it with a value (expected an operator, 'in' or 'exists', found "
                                + after.describe()
                                + ")");
            }
            return new ProfilePredicate.Compare(field.name(), Operator.EQ, true);
        }

        private ProfilePredicate comparison(Field field, Operator operator, Token at) {
            if (operator.orders() && field.type() != FieldType.NUMBER) {
                throw new PredicateException(
                        at.position(),
                        "'"
                                + operator.symbol()
                                + "' compares numbers, but "
                                + field.name()
                                + " is a "
                                + typeName(field.type()));
            }
            return new ProfilePredicate.Compare(field.name(), operator, literal(field));
        }

        private List<Object> list(Field field) {
            expect(Token.Kind.OPEN_BRACKET, "'['");
            if (peek().kind() == Token.Kind.CLOSE_BRACKET) {
                throw new PredicateException(peek().position(), "'in' needs at least one value");
            }
            List<Object> values = new ArrayList<>(List.of(literal(field)));
            while (peek().kind() == Token.Kind.COMMA) {
                next++;
                values.add(literal(field));
            }
            expect(Token.Kind.CLOSE_BRACKET, "',' or ']'");
            return values;
        }

        private Object literal(Field field) {
            Token token = take();
            Object value =
                    switch (token.kind()) {
                        case STRING, NUMBER -> token.value();
                        case NAME ->
                                token.isWord("true") || token.isWord("false")
                                        ? Boolean.valueOf(token.text())
                                        : null;
                        default -> null;
                    };
            if (value == null) {
                throw unexpected(token, "a string, number, true or false");
            }
            if (!field.type().admits(value)) {
                throw new PredicateException(
                        token.position(),
                        field.name()
                                + " is a "
                                + typeName(field.type())
                                + ", not comparable with "
                                + token.text());
            }
            return value;
        }

        private Field field(Token name) {
            return catalog.find(name.text())
                    .orElseThrow(
                            () -> new PredicateException(name.position(), unknown(name.text())));
        }

        private String unknown(String name) {
            return "unknown attribute '"
                    + name
                    + "'"
                    + catalog.closestName(name).map(c -> " (did you mean '" + c + "'?)").orElse("");
        }

        private void expect(Token.Kind kind, String what) {
            Token token = take();
            if (token.kind() != kind) {
                throw unexpected(token, what);
            }
        }

        private PredicateException unexpected(Token token, String expected) {
            return new PredicateException(
                    token.position(), "expected " + expected + ", found " + token.describe());
        }

        private Token peek() {
            return tokens.get(next);
        }

        private Token take() {
            Token token = tokens.get(next);
            if (token.kind() != Token.Kind.END) {
                next++;
            }
            return token;
        }
    }

    private static String typeName(FieldType type) {
        return type.name().toLowerCase();
    }
}
