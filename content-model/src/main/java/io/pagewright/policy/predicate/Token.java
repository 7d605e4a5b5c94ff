package io.pagewright.policy.predicate;

/** One lexical token of a predicate text, where it starts, and its literal value if any. */
record Token(Kind kind, String text, int position, Object value) {

    enum Kind {
        NAME,
        STRING,
        NUMBER,
        OPERATOR,
        OPEN_PAREN,
        CLOSE_PAREN,
        OPEN_BRACKET,
        CLOSE_BRACKET,
        COMMA,
        END
    }

    boolean isWord(String word) {
        return kind == Kind.NAME && text.equals(word);
    }

    String describe() {
        return kind == Kind.END ? "end of text" : "'" + text + "'";
    }
}
