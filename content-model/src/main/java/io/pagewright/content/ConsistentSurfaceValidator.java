package io.pagewright.content;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ConsistentSurface}. */
public class ConsistentSurfaceValidator
        implements ConstraintValidator<ConsistentSurface, SurfaceDefinition> {

    @Override
    public boolean isValid(SurfaceDefinition surface, ConstraintValidatorContext context) {
        if (surface == null || surface.slots() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        return Violations.reportDuplicateKeys(
                context, "slots", surface.slots(), SlotDefinition::key, "slot");
    }
}
