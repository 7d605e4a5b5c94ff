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

    /**
     * The same violation relative to {@code prefix} if it lies inside it ({@code slots[1].name}
     * within {@code slots[1]} is {@code name}); otherwise unchanged.
     */
    public Violation within(String prefix) {
        if (path.equals(prefix)) {
            return new Violation("$", message);
        }
        if (path.startsWith(prefix + ".")) {
            return new Violation(path.substring(prefix.length() + 1), message);
        }
        if (path.startsWith(prefix + "[")) {
            return new Violation(path.substring(prefix.length()), message);
        }
        return this;
    }
}
