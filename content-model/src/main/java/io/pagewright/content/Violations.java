package io.pagewright.content;

import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Helpers for class-level validators that report on a precise property path. */
final class Violations {
    private Violations() {}

    /** Reports each element whose key repeats an earlier one, at {@code listName[i].key}. */
    static <T> boolean reportDuplicateKeys(
            ConstraintValidatorContext context,
            String listName,
            List<T> elements,
            Function<T, String> key,
            String what) {
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < elements.size(); i++) {
            T element = elements.get(i);
            if (element == null || key.apply(element) == null) {
                continue;
            }
            if (!seen.add(key.apply(element))) {
                valid = false;
                context.buildConstraintViolationWithTemplate(
                                escape("duplicate " + what + " key '" + key.apply(element) + "'"))
                        .addPropertyNode(listName)
                        .addPropertyNode("key")
                        .inIterable()
                        .atIndex(i)
                        .addConstraintViolation();
            }
        }
        return valid;
    }

    /** Message templates interpret braces, dollars and backslashes; user values must not. */
    static String escape(String message) {
        return message.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
