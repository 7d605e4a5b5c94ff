package io.pagewright.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The types a component field can have, with the JSON shape each expects in content:
 *
 * <ul>
 *   <li>{@code text}, {@code rich-text}: a string (rich text is stored as data, never executed)
 *   <li>{@code number}: a JSON number
 *   <li>{@code boolean}: true or false
 *   <li>{@code enum}: one of the field's {@code values}
 *   <li>{@code image}: {@code {"src": "...", "alt": "..."}}, alt text required
 *   <li>{@code link}: {@code {"label": "...", "href": "..."}}
 *   <li>{@code money}: {@code {"amount": 12.5, "currency": "EUR"}}
 *   <li>{@code reference}: {@code {"kind": "catalog-item" | "category", "id": "..."}}
 * </ul>
 */
public enum FieldType {
    TEXT,
    RICH_TEXT,
    NUMBER,
    BOOLEAN,
    ENUM,
    IMAGE,
    LINK,
    MONEY,
    REFERENCE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return wireName();
    }

    public static Optional<FieldType> fromWireName(String value) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(value)).findFirst();
    }
}
