package io.pagewright.policy.predicate;

import java.util.ArrayList;
import java.util.List;

/** Splits a predicate text into tokens, or fails at the first character it cannot read. */
final class Tokenizer {

    private final String text;
    private int at;

    private Tokenizer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        Tokenizer tokenizer = new Tokenizer(text);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = tokenizer.next();
            tokens.add(token);
        } while (token.kind() != Token.Kind.END);
        return tokens;
    }

    private Token next() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int start = at;
        if (at == text.length()) {
            return new Token(Token.Kind.END, "", start, null);
        }
        char c = text.charAt(at);
        if (Character.isLetter(c) || c == '_') {
            return name(start);
        }
        if (Character.isDigit(c)
                || c == '-' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1))) {
            return number(start);
        }
        return switch (c) {
            case '"' -> string(start);
            case '(' -> single(Token.Kind.OPEN_PAREN, start);
            case ')' -> single(Token.Kind.CLOSE_PAREN, start);
            case '[' -> single(Token.Kind.OPEN_BRACKET, start);
            case ']' -> single(Token.Kind.CLOSE_BRACKET, start);
            case ',' -> single(Token.Kind.COMMA, start);
            case '=', '!', '<', '>' -> operator(start);
            default -> throw new PredicateException(start, "unexpected character '" + c + "'");
        };
    }

    private Token single(Token.Kind kind, int start) {
        at++;
        return new Token(kind, text.substring(start, at), start, null);
    }

    private Token name(int start) {
        while (at < text.length() && isNamePart(text.charAt(at))) {
            at++;
        }
        return new Token(Token.Kind.NAME, text.substring(start, at), start, null);
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    private Token number(int start) {
        at++;
        while (at < text.length()
                && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        String digits = text.substring(start, at);
        try {
            return new Token(Token.Kind.NUMBER, digits, start, Double.parseDouble(digits));
        } catch (NumberFormatException e) {
            throw new PredicateException(start, "malformed number '" + digits + "'");
        }
    }

    private Token string(int start) {
        StringBuilder value = new StringBuilder();
        at++;
        while (at < text.length() && text.charAt(at) != '"') {
            char c = text.charAt(at++);
            if (c == '\\' && at < text.length()) {
                c = text.charAt(at++);
            }
            value.append(c);
        }
        if (at == text.length()) {
            throw new PredicateException(start, "string is not closed");
        }
        at++;
        return new Token(Token.Kind.STRING, text.substring(start, at), start, value.toString());
    }

    private Token operator(int start) {
        at++;
        if (at < text.length() && text.charAt(at) == '=') {
            at++;
        }
        String symbol = text.substring(start, at);
        if (Operator.fromSymbol(symbol).isEmpty()) {
            throw new PredicateException(start, "unknown operator '" + symbol + "'");
        }
        return new Token(Token.Kind.OPERATOR, symbol, start, null);
    }
}
