package io.pagewright.content;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * One typed field of a component type. {@code multiple} makes the field a list of values of its
 * type (at most {@code maxItems}). Limits apply per value: {@code minLength}/{@code maxLength} and
 * {@code pattern} to text, {@code min}/{@code max} to numbers and money amounts, {@code values} to
 * enums.
 */
public record FieldDefinition(
        @NotNull
                @Pattern(
                        regexp = FieldDefinition.NAME_PATTERN,
                        message = "must be a camelCase name of letters and digits, at most 64")
                String name,
        @Size(max = 200) String label,
        @NotNull FieldType type,
        Boolean required,
        Boolean multiple,
        @Min(1) Integer maxItems,
        @Min(0) Integer minLength,
        @Min(1) Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        @Size(max = 500) String pattern,
        @Size(max = 100) List<@NotBlank @Size(max = 100) String> values,
        @Size(max = 500) String help) {

    public static final String NAME_PATTERN = "[a-z][A-Za-z0-9]{0,63}";

    public FieldDefinition {
        required = Boolean.TRUE.equals(required);
        multiple = Boolean.TRUE.equals(multiple);
        values = values == null ? null : List.copyOf(values);
    }

    /** A required or optional field of a type, without limits. */
    public static FieldDefinition of(String name, FieldType type, boolean required) {
        return new FieldDefinition(
                name, null, type, required, false, null, null, null, null, null, null, null, null);
    }
}
