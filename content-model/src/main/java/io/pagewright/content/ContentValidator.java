package io.pagewright.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a component's content against its component type: required fields present, no unknown
 * fields, every value of the field's JSON shape and within its limits. Reports every problem.
 */
public final class ContentValidator {

    private static final Set<String> REFERENCE_KINDS = Set.of("catalog-item", "category");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private ContentValidator() {}

    public static List<Violation> validate(
            Map<String, Object> content, ComponentTypeDefinition type) {
        List<Violation> violations = new ArrayList<>();
        for (String name : content.keySet()) {
            if (type.field(name).isEmpty()) {
                violations.add(
                        new Violation(
                                name, "is not a field of component type '" + type.key() + "'"));
            }
        }
        for (FieldDefinition field : type.fields()) {
            Object value = content.get(field.name());
            if (value == null) {
                if (field.required()) {
                    violations.add(
                            new Violation(
                                    field.name(),
                                    "is required by component type '" + type.key() + "'"));
                }
                continue;
            }
            violations.addAll(checkField(field, value));
        }
        return violations;
    }

    private static List<Violation> checkField(FieldDefinition field, Object value) {
        List<Violation> violations = new ArrayList<>();
        if (!field.multiple()) {
            checkValue(field, value, field.name(), violations);
            return violations;
        }
        if (!(value instanceof List<?> list)) {
            violations.add(
                    new Violation(field.name(), "must be a list of " + field.type() + " values"));
            return violations;
        }
        if (field.maxItems() != null && list.size() > field.maxItems()) {
            violations.add(
                    new Violation(
                            field.name(), "must have at most " + field.maxItems() + " items"));
        }
        if (field.required() && list.isEmpty()) {
            violations.add(new Violation(field.name(), "must have at least one item"));
        }
        for (int i = 0; i < list.size(); i++) {
            checkValue(field, list.get(i), field.name() + "[" + i + "]", violations);
        }
        return violations;
    }

    private static void checkValue(
            FieldDefinition field, Object value, String path, List<Violation> out) {
        switch (field.type()) {
            case TEXT, RICH_TEXT -> checkText(field, value, path, out);
            case NUMBER -> {
                if (!(value instanceof Number n)) {
                    out.add(new Violation(path, "must be a number"));
                } else {
                    checkRange(field, decimal(n), path, out);
                }
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    out.add(new Violation(path, "must be true or false"));
                }
            }
            case ENUM -> {
                if (!(value instanceof String s) || !field.values().contains(s)) {
                    out.add(
                            new Violation(
                                    path, "must be one of " + String.join(", ", field.values())));
                }
            }
            case IMAGE -> checkObject(value, path, out, "src", "alt");
            case LINK -> checkObject(value, path, out, "label", "href");
            case MONEY -> checkMoney(field, value, path, out);
            case REFERENCE -> {
                if (checkObject(value, path, out, "kind", "id")
                        && !REFERENCE_KINDS.contains(((Map<?, ?>) value).get("kind"))) {
                    out.add(new Violation(path + ".kind", "must be catalog-item or category"));
                }
            }
        }
    }

    private static void checkText(
            FieldDefinition field, Object value, String path, List<Violation> out) {
        if (!(value instanceof String s)) {
            out.add(new Violation(path, "must be text"));
            return;
        }
        int length = s.codePointCount(0, s.length());
        if (field.required() && s.isBlank()) {
            out.add(new Violation(path, "must not be blank"));
        }
        if (field.minLength() != null && length < field.minLength()) {
            out.add(new Violation(path, "must be at least " + field.minLength() + " characters"));
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            out.add(
                    new Violation(
                            path,
                            "must be at most "
                                    + field.maxLength()
                                    + " characters (is "
                                    + length
                                    + ")"));
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(s).matches()) {
            out.add(new Violation(path, "must match the pattern " + field.pattern()));
        }
    }

    /** Checks that the value is an object whose named members are non-blank text; true if so. */
    private static boolean checkObject(
            Object value, String path, List<Violation> out, String... members) {
        if (!(value instanceof Map<?, ?> map)) {
            out.add(new Violation(path, "must be an object with " + String.join(" and ", members)));
            return false;
        }
        boolean valid = true;
        for (Object key : map.keySet()) {
            if (!List.of(members).contains(key)) {
                out.add(
                        new Violation(
                                path + "." + key,
                                "is not allowed here (allowed: "
                                        + String.join(", ", members)
                                        + ")"));
                valid = false;
            }
        }
        for (String member : members) {
            if (!(map.get(member) instanceof String s) || s.isBlank()) {
                out.add(new Violation(path + "." + member, "is required text"));
                valid = false;
            }
        }
        return valid;
    }

    private static void checkMoney(
            FieldDefinition field, Object value, String path, List<Violation> out) {
        if (!(value instanceof Map<?, ?> map)) {
            out.add(new Violation(path, "must be an object with amount and currency"));
            return;
        }
        if (!(map.get("amount") instanceof Number amount)) {
            out.add(new Violation(path + ".amount", "must be a number"));
        } else {
            checkRange(field, decimal(amount), path + ".amount", out);
        }
        if (!(map.get("currency") instanceof String c) || !CURRENCY.matcher(c).matches()) {
            out.add(
                    new Violation(
                            path + ".currency",
                            "must be a three-letter ISO 4217 code such as EUR"));
        }
        for (Object key : map.keySet()) {
            if (!"amount".equals(key) && !"currency".equals(key)) {
                out.add(
                        new Violation(
                                path + "." + key,
                                "is not allowed here (allowed: amount, currency)"));
            }
        }
    }

    private static void checkRange(
            FieldDefinition field, BigDecimal n, String path, List<Violation> out) {
        if (field.min() != null && n.compareTo(field.min()) < 0) {
            out.add(new Violation(path, "must be at least " + field.min().toPlainString()));
        }
        if (field.max() != null && n.compareTo(field.max()) > 0) {
            out.add(new Violation(path, "must be at most " + field.max().toPlainString()));
        }
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
    }
}
