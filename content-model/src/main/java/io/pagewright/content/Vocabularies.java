package io.pagewright.content;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The known tag values of every vocabulary, as content checks need them. */
public record Vocabularies(Map<VocabularyKind, Set<String>> values) {

    public Vocabularies {
        EnumMap<VocabularyKind, Set<String>> copy = new EnumMap<>(VocabularyKind.class);
        for (VocabularyKind kind : VocabularyKind.values()) {
            copy.put(kind, Set.copyOf(values.getOrDefault(kind, Set.of())));
        }
        values = Map.copyOf(copy);
    }

    public boolean contains(VocabularyKind kind, String value) {
        return values.get(kind).contains(value);
    }

    /** The known values, sorted, for error messages. */
    public String describe(VocabularyKind kind) {
        return String.join(", ", new TreeSet<>(values.get(kind)));
    }
}
