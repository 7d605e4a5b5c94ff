package io.pagewright.platform;

import io.pagewright.content.StaleVersionException;

/** 409: the change was based on an older version; the problem names the current one. */
public final class StaleVersionProblem extends ProblemException {
    private final long current;

    public StaleVersionProblem(StaleVersionException e) {
        super(
                409,
                "stale-version",
                "The object changed since you read it",
                capitalize(e.getMessage())
                        + ". Reload it and apply your change to version "
                        + e.current()
                        + ".");
        this.current = e.current();
    }

    @Override
    public Long currentVersion() {
        return current;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
