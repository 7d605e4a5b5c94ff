package io.pagewright.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The cart: the changes since the latest purchase, which empties it, and the resulting units per
 * product. Keeping the changes rather than only the units is what lets a purchase that arrives late
 * clear exactly the changes that happened before it.
 *
 * @param changes the changes after {@code emptiedAt}, latest first, at most the capacity
 * @param emptiedAt when the latest purchase occurred, null before the first
 * @param units units per product, products with none left omitted; computed from the changes
 */
public record Cart(List<CartChange> changes, Instant emptiedAt, SortedMap<String, Integer> units) {

    public static final Cart EMPTY = new Cart(List.of(), null, Collections.emptySortedMap());

    public Cart {
        changes = List.copyOf(changes);
        units = Maps.sorted(units);
    }

    public boolean isEmpty() {
        return units.isEmpty();
    }

    /** The number of distinct products in the cart. */
    public int size() {
        return units.size();
    }

    Cart with(CartChange change, int capacity) {
        if (emptiedAt != null && !change.at().isAfter(emptiedAt)) {
            return this;
        }
        return of(combine(changes, List.of(change)), emptiedAt, capacity);
    }

    Cart emptiedAt(Instant purchasedAt) {
        if (emptiedAt != null && !purchasedAt.isAfter(emptiedAt)) {
            return this;
        }
        return of(changes, purchasedAt, changes.size());
    }

    Cart merge(Cart other, int capacity) {
        Instant emptied = Instants.later(emptiedAt, other.emptiedAt);
        return of(combine(changes, other.changes), emptied, capacity);
    }

    private static Cart of(List<CartChange> changes, Instant emptiedAt, int capacity) {
        List<CartChange> kept = new ArrayList<>();
        for (CartChange change : changes) {
            if (kept.size() < capacity && (emptiedAt == null || change.at().isAfter(emptiedAt))) {
                kept.add(change);
            }
        }
        TreeMap<String, Integer> units = new TreeMap<>();
        // Oldest first, so that removing more than is there never leaves a negative count.
        for (CartChange change : kept.reversed()) {
            int now = Math.max(0, units.getOrDefault(change.productId(), 0) + change.delta());
            units.put(change.productId(), now);
        }
        units.values().removeIf(count -> count == 0);
        return new Cart(kept, emptiedAt, units);
    }

    private static List<CartChange> combine(List<CartChange> a, List<CartChange> b) {
        List<CartChange> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(CartChange.LATEST_FIRST);
        return all;
    }
}
