package io.pagewright.policy;

import java.util.Objects;

/**
 * What an impression counts toward, per visitor: a variant, a slot, a component type, an offer
 * type, or offers of any type. Keys are the author's keys, counted across surfaces.
 */
public record Counter(Kind kind, String key) {

    public enum Kind {
        VARIANT,
        SLOT,
        COMPONENT_TYPE,
        OFFER_TYPE,
        ANY_OFFER
    }

    /** The key of the {@link Kind#ANY_OFFER} counter, which has only one. */
    public static final String EVERY_OFFER = "*";

    public Counter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    public static Counter variant(String key) {
        return new Counter(Kind.VARIANT, key);
    }

    public static Counter slot(String key) {
        return new Counter(Kind.SLOT, key);
    }

    public static Counter componentType(String type) {
        return new Counter(Kind.COMPONENT_TYPE, type);
    }

    public static Counter offerType(String type) {
        return new Counter(Kind.OFFER_TYPE, type);
    }

    public static Counter anyOffer() {
        return new Counter(Kind.ANY_OFFER, EVERY_OFFER);
    }
}
