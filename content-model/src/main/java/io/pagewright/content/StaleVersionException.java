package io.pagewright.content;

/** A change was based on a version that is no longer current. */
public class StaleVersionException extends RuntimeException {
    private final long expected;
    private final long current;

    public StaleVersionException(String what, long expected, long current) {
        super(what + " is at version " + current + "; the change was based on version " + expected);
        this.expected = expected;
        this.current = current;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
