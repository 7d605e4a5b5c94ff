package io.pagewright.content;

import io.pagewright.platform.ConflictProblem;
import io.pagewright.platform.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Reading and extending the vocabularies of intents, lifecycle stages and categories. */
@ApplicationScoped
public class VocabularyService {

    @Inject VocabularyStore store;

    public List<VocabularyEntry> list(String kind) {
        return store.list(kind(kind));
    }

    @Transactional
    public VocabularyEntry add(
            String kind, @NotNull(message = "a value is required") @Valid VocabularyEntry entry) {
        VocabularyEntry added = new VocabularyEntry(entry.value(), entry.label(), false);
        if (!store.add(kind(kind), added)) {
            throw new ConflictProblem(
                    "vocabulary-value-exists",
                    "The value exists",
                    "'" + entry.value() + "' is already in the " + kind + " vocabulary.");
        }
        return added;
    }

    @Transactional
    public void remove(String kind, String value) {
        VocabularyKind k = kind(kind);
        VocabularyEntry entry =
                store.list(k).stream()
                        .filter(e -> e.value().equals(value))
                        .findFirst()
                        .orElseThrow(() ->
                                new NotFoundProblem(
                                        "vocabulary-value-not-found",
                                        "No such value",
                                        "'" + value + "' is not in the " + kind + " vocabulary."));
        if (entry.builtin()) {
            throw new ConflictProblem(
                    "vocabulary-value-builtin",
                    "Built-in values cannot be removed",
                    "'" + value + "' is a built-in " + kind + " value.");
        }
        store.remove(k, value);
    }

    private static VocabularyKind kind(String wireName) {
        return VocabularyKind.fromWireName(wireName)
                .orElseThrow(() ->
                        new NotFoundProblem(
                                "vocabulary-not-found",
                                "No such vocabulary",
                                "There is no vocabulary '"
                                        + wireName
                                        + "'; the vocabularies are intents, lifecycle-stages and categories."));
    }
}
