package io.pagewright.event;

import java.util.Comparator;
import java.util.Objects;

/** One identifier of a person, qualified by its kind: {@code USER:u-42}, {@code ANONYMOUS:c-9}. */
public record IdentityKey(IdentityKind kind, String value) implements Comparable<IdentityKey> {

    private static final Comparator<IdentityKey> ORDER =
            Comparator.comparing(IdentityKey::kind).thenComparing(IdentityKey::value);

    public IdentityKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static IdentityKey anonymous(String value) {
        return new IdentityKey(IdentityKind.ANONYMOUS, value);
    }

    public static IdentityKey user(String value) {
        return new IdentityKey(IdentityKind.USER, value);
    }

    public static IdentityKey device(String value) {
        return new IdentityKey(IdentityKind.DEVICE, value);
    }

    public static IdentityKey emailHash(String value) {
        return new IdentityKey(IdentityKind.EMAIL_HASH, value);
    }

    @Override
    public int compareTo(IdentityKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind + ":" + value;
    }
}
