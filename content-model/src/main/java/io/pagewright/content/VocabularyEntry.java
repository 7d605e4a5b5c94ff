package io.pagewright.content;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One value of a vocabulary, with the label people see. Built-in values cannot be removed. */
public record VocabularyEntry(
        @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String value,
        @Size(max = 200) String label,
        Boolean builtin) {

    public VocabularyEntry {
        builtin = Boolean.TRUE.equals(builtin);
    }
}
