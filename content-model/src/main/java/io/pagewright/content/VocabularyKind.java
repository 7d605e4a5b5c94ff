package io.pagewright.content;

import java.util.Arrays;
import java.util.Optional;

/** The administrator-extensible tag lists; the wire name is used in URLs and documents. */
public enum VocabularyKind {
    INTENT("intents"),
    LIFECYCLE_STAGE("lifecycle-stages"),
    CATEGORY("categories");

    private final String wireName;

    VocabularyKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }

    public static Optional<VocabularyKind> fromWireName(String value) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(value)).findFirst();
    }
}
