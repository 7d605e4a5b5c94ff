package io.pagewright.content;

/**
 * The one shape of every key a person chooses: surface, slot, variant, component type and tag keys.
 */
public final class Keys {
    /**
     * Lower-case letters, digits and dashes, starting with a letter or digit, at most 64
     * characters.
     */
    public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,63}";

    public static final String MESSAGE =
            "must be 1-64 lower-case letters, digits or dashes, starting with a letter or digit";

    private Keys() {}

    public static boolean isValid(String key) {
        return key != null && key.matches(PATTERN);
    }
}
