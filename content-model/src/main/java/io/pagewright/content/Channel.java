package io.pagewright.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a surface is delivered. The JSON form is the lower-case name: {@code web}, {@code app}. */
public enum Channel {
    WEB,
    APP,
    EMAIL,
    PUSH;

    /** The wire name, also what {@link #toString()} returns so JSON binding can use it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wireName();
    }

    public static Optional<Channel> fromWireName(String value) {
        return Arrays.stream(values()).filter(c -> c.wireName().equals(value)).findFirst();
    }
}
