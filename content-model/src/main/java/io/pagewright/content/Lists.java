package io.pagewright.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Defensive copies for request records. Unlike {@link List#copyOf}, a null list stays null and null
 * elements are kept, so Bean Validation can report them by path instead of the constructor failing
 * before validation runs.
 */
final class Lists {
    private Lists() {}

    static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
