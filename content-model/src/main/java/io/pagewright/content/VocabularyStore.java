package io.pagewright.content;

import java.util.List;

/** The vocabularies' values: built-in defaults plus what administrators added. */
public interface VocabularyStore {

    Vocabularies all();

    List<VocabularyEntry> list(VocabularyKind kind);

    /** Adds a value; returns false if it already exists. */
    boolean add(VocabularyKind kind, VocabularyEntry entry);

    /** Removes a value that is not built in; returns false if there was no such value. */
    boolean remove(VocabularyKind kind, String value);
}
