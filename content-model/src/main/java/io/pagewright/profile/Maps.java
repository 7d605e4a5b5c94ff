package io.pagewright.profile;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/** Immutable sorted maps: deterministic JSON and cheap equality for the small maps of a profile. */
final class Maps {
    private Maps() {}

    static <K extends Comparable<K>, V> SortedMap<K, V> sorted(Map<K, V> map) {
        return map == null || map.isEmpty()
                ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    static <K extends Comparable<K>, V> SortedMap<K, V> with(Map<K, V> map, K key, V value) {
        TreeMap<K, V> copy = new TreeMap<>(map);
        copy.put(key, value);
        return Collections.unmodifiableSortedMap(copy);
    }

    /** The union of two maps, combining the values of keys present in both. */
    static <K extends Comparable<K>, V> SortedMap<K, V> union(
            Map<K, V> a, Map<K, V> b, BinaryOperator<V> combine) {
        TreeMap<K, V> union = new TreeMap<>(a);
        b.forEach((key, value) -> union.merge(key, value, combine));
        return Collections.unmodifiableSortedMap(union);
    }
}
