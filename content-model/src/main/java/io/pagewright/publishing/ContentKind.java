package io.pagewright.publishing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of versioned document a review is about. JSON form: {@code surface}, {@code policy}.
 */
public enum ContentKind {
    SURFACE,
    POLICY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wireName();
    }

    public static Optional<ContentKind> fromWireName(String value) {
        return Arrays.stream(values()).filter(k -> k.wireName().equals(value)).findFirst();
    }
}
