package io.pagewright.content;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A brand rule on one content field of every variant in a slot: a tighter length limit, a pattern,
 * or phrases that must not appear (compared case-insensitively).
 */
public record FieldRule(
        @NotNull
                @Pattern(
                        regexp = FieldDefinition.NAME_PATTERN,
                        message = "must be a camelCase name of letters and digits, at most 64")
                String field,
        @Min(1) Integer maxLength,
        @Size(max = 500) String pattern,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> forbiddenPhrases) {

    public FieldRule {
        forbiddenPhrases = Lists.copyOrEmpty(forbiddenPhrases);
    }
}
