package io.pagewright.platform;

import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * Renders a Jackson reference path as the field path used in problem details: {@code slots[0].key}.
 */
final class JsonPaths {
    private JsonPaths() {}

    static String of(List<JacksonException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
