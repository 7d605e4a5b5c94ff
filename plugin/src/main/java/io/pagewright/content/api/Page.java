package io.pagewright.content.api;

import io.pagewright.content.Violation;
import io.pagewright.platform.ValidationProblem;
import java.util.List;

/** A list response: one page of items and how many there are in all. */
public record Page<T>(List<T> items, int total) {

    static final int MAX_SIZE = 200;

    static <T> Page<T> of(List<T> items) {
        return new Page<>(items, items.size());
    }

    /** Page {@code page} (from 0) of {@code size} items; a bad page or size is a 400 problem. */
    static <T> Page<T> of(List<T> all, int page, int size) {
        if (page < 0) {
            throw new ValidationProblem(List.of(new Violation("page", "must be 0 or more")));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationProblem(
                    List.of(new Violation("size", "must be between 1 and " + MAX_SIZE)));
        }
        int from = (int) Math.min((long) page * size, all.size());
        return new Page<>(all.subList(from, Math.min(from + size, all.size())), all.size());
    }
}
