package io.pagewright.content;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
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
        return settings(slot, context) && valid;
    }

    /** Settings are the bandit strategy's, each by a known name with a value in bounds. */
    private static boolean settings(SlotDefinition slot, ConstraintValidatorContext context) {
        if (slot.strategySettings().isEmpty()) {
            return true;
        }
        if (!io.pagewright.learning.BanditStrategy.ID.equals(slot.strategy())) {
            context.buildConstraintViolationWithTemplate(
                            "only the bandit strategy has settings; set strategy to bandit or"
                                    + " remove them")
                    .addPropertyNode("strategySettings")
                    .addConstraintViolation();
            return false;
        }
        Map<String, String> problems =
                io.pagewright.learning.BanditSettings.problems(slot.strategySettings());
        problems.forEach((name, message) ->
                context.buildConstraintViolationWithTemplate(Violations.escape(message))
                        .addPropertyNode("strategySettings")
                        .addPropertyNode(name)
                        .addConstraintViolation());
        return problems.isEmpty();
    }
}
