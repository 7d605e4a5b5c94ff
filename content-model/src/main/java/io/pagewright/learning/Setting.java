package io.pagewright.learning;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One configuration property of a strategy, described well enough for the admin UI to render and
 * check a form field without special code: its name, label, help text, type, default and bounds.
 *
 * @param bounds inclusive bounds of a number, empty for text
 */
public record Setting(
        String name,
        String label,
        String help,
        SettingType type,
        Object defaultValue,
        Optional<Bounds> bounds) {

    /** Inclusive range of a numeric setting. */
    public record Bounds(double minimum, double maximum) {
        public Bounds {
            if (!(minimum <= maximum)) {
                throw new IllegalArgumentException("minimum must not exceed maximum");
            }
        }
    }

    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(bounds, "bounds");
    }

    static Setting number(
            String name, String label, String help, double def, double min, double max) {
        return new Setting(
                name, label, help, SettingType.NUMBER, def, Optional.of(new Bounds(min, max)));
    }

    static Setting integer(String name, String label, String help, int def, int min, int max) {
        return new Setting(
                name, label, help, SettingType.INTEGER, def, Optional.of(new Bounds(min, max)));
    }

    static Setting names(String name, String label, String help, List<String> def) {
        return new Setting(name, label, help, SettingType.TEXT_LIST, def, Optional.empty());
    }

    /**
     * {@code raw} (as configured: a number, text or list) read as this setting's type and checked
     * against its bounds; a missing value reads as the default.
     */
    Object read(Object raw) {
        Object value = raw == null ? defaultValue : raw;
        return switch (type) {
            case NUMBER -> check(number(value));
            case INTEGER -> (int) check(integral(number(value)));
            case TEXT_LIST -> names(value);
        };
    }

    private double number(Object value) {
        return switch (value) {
            case Number n -> n.doubleValue();
            case String s -> {
                try {
                    yield Double.parseDouble(s.trim());
                } catch (NumberFormatException e) {
                    throw invalid("must be a number, not \"" + s + "\"");
                }
            }
            default -> throw invalid("must be a number");
        };
    }

    private double integral(double value) {
        if (value != Math.rint(value)) {
            throw invalid("must be a whole number, not " + value);
        }
        return value;
    }

    private double check(double value) {
        Bounds b = bounds.orElseThrow();
        if (!(value >= b.minimum() && value <= b.maximum())) {
            throw invalid(
                    "must be between " + b.minimum() + " and " + b.maximum() + ", not " + value);
        }
        return value;
    }

    private List<String> names(Object value) {
        List<String> list =
                switch (value) {
                    case String s -> Arrays.stream(s.split(",")).map(String::trim).toList();
                    case List<?> l -> l.stream().map(String::valueOf).map(String::trim).toList();
                    default -> throw invalid("must be a comma-separated list of names");
                };
        return list.stream().filter(s -> !s.isEmpty()).distinct().toList();
    }

    private IllegalArgumentException invalid(String message) {
        return new IllegalArgumentException(name + " " + message);
    }
}
