package io.pagewright.content.api;

import java.util.List;

/** A list response: the items and how many there are. */
public record Page<T>(List<T> items, int total) {
    static <T> Page<T> of(List<T> items) {
        return new Page<>(items, items.size());
    }
}
