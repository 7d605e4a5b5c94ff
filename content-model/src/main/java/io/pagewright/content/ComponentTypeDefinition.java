package io.pagewright.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** A schema of typed fields that components (variant content) of this type conform to. */
@ConsistentComponentType
public record ComponentTypeDefinition(
        @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String key,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 1000) String description,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull FieldDefinition> fields) {

    public ComponentTypeDefinition {
        fields = Lists.copyOrNull(fields);
    }

    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
