package io.pagewright.learning;

import io.pagewright.content.Offer;
import io.pagewright.decision.PublishedVariant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The parts of a candidate's features that depend on the variant alone, hashed once per published
 * variant: the hot path then only combines integers.
 */
final class VariantFeatures {

    private static final long ARM = FeatureHash.text("arm");
    private static final long TYPE = FeatureHash.text("type");
    private static final long INTENT_TAG = FeatureHash.text("intentTag");
    private static final long STAGE_TAG = FeatureHash.text("stageTag");
    private static final long CATEGORY = FeatureHash.text("category");
    private static final long OFFER = FeatureHash.text("offer");
    private static final long DISCOUNT = FeatureHash.text("discount");
    private static final long MARGIN = FeatureHash.text("margin");
    private static final int DISCOUNT_BUCKET = 5;
    private static final int DISCOUNT_CAP = 50;

    final PublishedVariant variant;
    final long key;
    final long componentType;
    final long[] intentTags;
    final long[] stageTags;

    /** Value hash of the offer type and margin class, {@link FeatureHash#ABSENT} without one. */
    final long offerType;

    final long marginClass;

    /** Slots of the features that depend on the variant only: arm, type, tags, offer. */
    final int[] own;

    VariantFeatures(PublishedVariant variant) {
        this.variant = variant;
        key = FeatureHash.text(variant.key());
        componentType = FeatureHash.text(variant.componentType());
        intentTags = hashes(variant.intents());
        stageTags = hashes(variant.lifecycleStages());
        Offer offer = variant.offer().orElse(null);
        offerType = offer == null ? FeatureHash.ABSENT : FeatureHash.text(offer.type());
        marginClass =
                offer == null || offer.marginClass() == null
                        ? FeatureHash.ABSENT
                        : FeatureHash.text(offer.marginClass());
        own = ownIndices(variant, offer);
    }

    boolean hasIntent(long valueHash) {
        return contains(intentTags, valueHash);
    }

    boolean hasStage(long valueHash) {
        return contains(stageTags, valueHash);
    }

    private int[] ownIndices(PublishedVariant variant, Offer offer) {
        List<Long> features = new ArrayList<>();
        features.add(FeatureHash.combine(ARM, key));
        features.add(FeatureHash.combine(TYPE, componentType));
        for (long tag : intentTags) {
            features.add(FeatureHash.combine(INTENT_TAG, tag));
        }
        for (long tag : stageTags) {
            features.add(FeatureHash.combine(STAGE_TAG, tag));
        }
        for (long category : hashes(variant.categories())) {
            features.add(FeatureHash.combine(CATEGORY, category));
        }
        if (offer != null) {
            features.add(FeatureHash.combine(OFFER, offerType));
            if (offer.discountPercent() != null) {
                // buckets of five points, so 10% and 12% share what they teach the model
                int bucket = offer.discountPercent().intValue() / DISCOUNT_BUCKET * DISCOUNT_BUCKET;
                features.add(FeatureHash.combine(DISCOUNT, Math.min(bucket, DISCOUNT_CAP)));
            }
            if (marginClass != FeatureHash.ABSENT) {
                features.add(FeatureHash.combine(MARGIN, marginClass));
            }
        }
        return features.stream().mapToInt(FeatureHash::index).toArray();
    }

    private static long[] hashes(Collection<String> values) {
        // sorted, so that the encoding does not depend on a set's iteration order
        return values.stream().sorted().mapToLong(FeatureHash::text).toArray();
    }

    private static boolean contains(long[] hashes, long valueHash) {
        if (valueHash == FeatureHash.ABSENT) {
            return false;
        }
        for (long hash : hashes) {
            if (hash == valueHash) {
                return true;
            }
        }
        return false;
    }
}
