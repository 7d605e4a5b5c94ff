package io.pagewright.publishing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a version stands in the publishing workflow: draft -> in review -> approved -> published ->
 * archived, and back to draft when a reviewer rejects it. JSON form: {@code in-review} etc.
 */
public enum Stage {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    PUBLISHED,
    ARCHIVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return wireName();
    }

    public static Optional<Stage> fromWireName(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst();
    }
}
