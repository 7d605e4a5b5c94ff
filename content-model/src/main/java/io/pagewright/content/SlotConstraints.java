package io.pagewright.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a slot accepts and demands. Empty lists and null limits mean "no constraint".
 *
 * @param allowedComponentTypes component types its variants may use
 * @param maxVariants the most variants the slot may hold
 * @param maxDiscountPercent the highest discount an offer in this slot may give
 * @param offerRequiresFields content fields that must be non-empty whenever a variant makes an
 *     offer (for example {@code legalText})
 * @param fieldRules brand rules on content fields
 */
public record SlotConstraints(
        @Size(max = 50)
                List<@NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String>
                        allowedComponentTypes,
        @Min(1) @Max(100) Integer maxVariants,
        @DecimalMin(value = "0", message = "must be between 0 and 100")
                @DecimalMax(value = "100", message = "must be between 0 and 100")
                BigDecimal maxDiscountPercent,
        @Size(max = 20)
                List<
                                @NotNull
                                @Pattern(
                                        regexp = FieldDefinition.NAME_PATTERN,
                                        message = "must be a camelCase field name")
                                String>
                        offerRequiresFields,
        @Size(max = 50) List<@Valid @NotNull FieldRule> fieldRules) {

    public static final SlotConstraints NONE = new SlotConstraints(null, null, null, null, null);

    public SlotConstraints {
        allowedComponentTypes = Lists.copyOrEmpty(allowedComponentTypes);
        offerRequiresFields = Lists.copyOrEmpty(offerRequiresFields);
        fieldRules = Lists.copyOrEmpty(fieldRules);
    }
}
