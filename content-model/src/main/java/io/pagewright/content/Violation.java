package io.pagewright.content;

import java.util.Objects;

/** A broken rule found by a domain check: where (a path in the document) and what is wrong. */
public record Violation(String path, String message) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** The same violation one level deeper in the document: {@code prefix.path}. */
    public Violation under(String prefix) {
        if (path.isEmpty()) {
            return new Violation(prefix, message);
        }
        return new Violation(prefix + (path.startsWith("[") ? "" : ".") + path, message);
    }
}
