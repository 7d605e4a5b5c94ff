package io.pagewright.content;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Objects;
import java.util.stream.Collectors;

/** Checks {@link ConsistentSlot}; per-field rules are left to the field constraints. */
public class ConsistentSlotValidator
        implements ConstraintValidator<ConsistentSlot, SlotDefinition> {

    @Override
    public boolean isValid(SlotDefinition slot, ConstraintValidatorContext context) {
        if (slot == null || slot.variants() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid =
                Violations.reportDuplicateKeys(
                        context, "variants", slot.variants(), VariantDefinition::key, "variant");
        if (slot.defaultVariant() != null
                && slot.variants().stream()
                        .filter(Objects::nonNull)
                        .noneMatch(v -> slot.defaultVariant().equals(v.key()))) {
            valid = false;
            String known =
                    slot.variants().stream()
                            .filter(Objects::nonNull)
                            .map(VariantDefinition::key)
                            .collect(Collectors.joining(", "));
            context.buildConstraintViolationWithTemplate(
                            Violations.escape(
                                    "must name one of the slot's variants (" + known + ")"))
                    .addPropertyNode("defaultVariant")
                    .addConstraintViolation();
        }
        return valid;
    }
}
