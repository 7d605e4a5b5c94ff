package io.pagewright.content;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Checks {@link ConsistentComponentType}, reporting each problem at {@code fields[i].<property>}.
 */
public class ConsistentComponentTypeValidator
        implements ConstraintValidator<ConsistentComponentType, ComponentTypeDefinition> {

    @Override
    public boolean isValid(ComponentTypeDefinition type, ConstraintValidatorContext context) {
        if (type == null || type.fields() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        Set<String> names = new HashSet<>();
        List<FieldDefinition> fields = type.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition f = fields.get(i);
            if (f == null || f.type() == null) {
                continue;
            }
            if (f.name() != null && !names.add(f.name())) {
                valid = report(context, i, "name", "duplicate field name '" + f.name() + "'");
            }
            valid &= checkLimits(context, i, f);
        }
        return valid;
    }

    private static boolean checkLimits(
            ConstraintValidatorContext context, int i, FieldDefinition f) {
        boolean valid = true;
        boolean text = f.type() == FieldType.TEXT || f.type() == FieldType.RICH_TEXT;
        boolean numeric = f.type() == FieldType.NUMBER || f.type() == FieldType.MONEY;
        if (f.type() == FieldType.ENUM && (f.values() == null || f.values().isEmpty())) {
            valid = report(context, i, "values", "an enum field must list its values");
        }
        if (f.type() != FieldType.ENUM && f.values() != null) {
            valid = report(context, i, "values", "only enum fields have values");
        }
        if (!text && (f.minLength() != null || f.maxLength() != null || f.pattern() != null)) {
            valid =
                    report(
                            context,
                            i,
                            "type",
                            "length and pattern limits apply to text fields only");
        }
        if (!numeric && (f.min() != null || f.max() != null)) {
            valid = report(context, i, "type", "min and max apply to number and money fields only");
        }
        if (f.minLength() != null && f.maxLength() != null && f.minLength() > f.maxLength()) {
            valid = report(context, i, "minLength", "must not be greater than maxLength");
        }
        if (f.min() != null && f.max() != null && f.min().compareTo(f.max()) > 0) {
            valid = report(context, i, "min", "must not be greater than max");
        }
        if (f.maxItems() != null && !f.multiple()) {
            valid = report(context, i, "maxItems", "only fields with multiple=true have maxItems");
        }
        if (f.pattern() != null) {
            try {
                java.util.regex.Pattern.compile(f.pattern());
            } catch (PatternSyntaxException e) {
                valid = report(context, i, "pattern", "is not a valid regular expression");
            }
        }
        return valid;
    }

    private static boolean report(
            ConstraintValidatorContext context, int index, String property, String message) {
        context.buildConstraintViolationWithTemplate(Violations.escape(message))
                .addPropertyNode("fields")
                .addPropertyNode(property)
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
        return false;
    }
}
