package io.pagewright.learning;

/**
 * The hashing behind feature encoding: 64-bit hashes of strings, order-sensitive combination for
 * crosses, and reduction to a slot of the fixed-size weight table. The first {@link #RESERVED}
 * slots hold features whose priors are set by hand (bias and tag matches), so no hashed feature can
 * collide with them.
 */
final class FeatureHash {

    static final int BITS = 14;
    static final int DIMENSION = 1 << BITS;

    static final int BIAS = 0;
    static final int INTENT_MATCH = 1;
    static final int STAGE_MATCH = 2;
    static final int RESERVED = 3;

    /** Stands for "attribute not present"; {@link #text} returns it only with odds of 2^-64. */
    static final long ABSENT = 0L;

    private FeatureHash() {}

    /** FNV-1a over the UTF-16 units of {@code s}, finalised by a full-avalanche mix. */
    static long text(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The hash of the pair (a, b); not symmetric, so "a=x × b=y" differs from "b=x × a=y". */
    static long combine(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + b);
    }

    /** The weight slot of a hashed feature, outside the reserved range. */
    static int index(long hash) {
        // multiply-shift range reduction: 31 random bits times the range, top bits kept
        return RESERVED + (int) (((hash >>> 33) * (DIMENSION - RESERVED)) >>> 31);
    }

    /** MurmurHash3's 64-bit finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93fe1a85ec9L;
        return z ^ (z >>> 33);
    }
}
