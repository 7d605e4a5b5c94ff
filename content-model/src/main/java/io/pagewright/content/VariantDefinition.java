package io.pagewright.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One candidate component for a slot, as an editor defines it: the component type, its content
 * fields, and the tags and offer data the decision engine uses.
 */
public record VariantDefinition(
        @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String key,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String componentType,
        @NotNull @Size(max = 100, message = "must have at most 100 fields")
                Map<String, Object> content,
        @Valid Tags tags,
        @Valid Offer offer) {

    public VariantDefinition {
        content =
                content == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(content));
        tags = tags == null ? Tags.NONE : tags;
    }
}
