package io.pagewright.learning;

import io.pagewright.decision.Visitor;
import java.util.List;

/**
 * The parts of the features that depend on the visitor and request alone, hashed once per slot
 * request: the context attributes, and the visitor halves of every cross.
 */
final class VisitorFeatures {

    static final String DEVICE = "device";
    static final String LTV_BAND = "ltvBand";

    private static final long SEGMENT = FeatureHash.text("segment");
    private static final long INTENT_X_TAG = FeatureHash.text("intent×intentTag");
    private static final long STAGE_X_TAG = FeatureHash.text("stage×stageTag");
    private static final long DEVICE_X_TYPE = FeatureHash.text("device×type");
    private static final long INTENT_X_OFFER = FeatureHash.text("intent×offer");
    private static final long STAGE_X_OFFER = FeatureHash.text("stage×offer");
    private static final long LTV_X_MARGIN = FeatureHash.text("ltvBand×margin");

    /** Value hashes of the visitor's intent and lifecycle stage, for tag matching. */
    final long intent;

    final long stage;

    /** Hashes of "attribute=value" for each present context attribute, in configured order. */
    final long[] context;

    final int contextCount;

    /** Visitor halves of the crosses, {@link FeatureHash#ABSENT} when the attribute is missing. */
    final long segment;

    final long intentByTag;
    final long stageByTag;
    final long deviceByType;
    final long intentByOffer;
    final long stageByOffer;
    final long ltvByMargin;

    /** Slots shared by every candidate of the request: the bias and the context attributes. */
    final int[] shared;

    VisitorFeatures(Visitor visitor, List<String> attributes, long[] attributeNamespaces) {
        context = new long[attributes.size()];
        int count = 0;
        for (int i = 0; i < attributes.size(); i++) {
            long value = valueHash(visitor.attributes().get(attributes.get(i)));
            if (value != FeatureHash.ABSENT) {
                context[count++] = FeatureHash.combine(attributeNamespaces[i], value);
            }
        }
        contextCount = count;
        intent = valueHash(visitor.attributes().get(Visitor.INTENT));
        stage = valueHash(visitor.attributes().get(Visitor.LIFECYCLE_STAGE));
        long device = valueHash(visitor.attributes().get(DEVICE));
        long ltv = valueHash(visitor.attributes().get(LTV_BAND));
        segment =
                intent == FeatureHash.ABSENT && stage == FeatureHash.ABSENT
                        ? FeatureHash.ABSENT
                        : FeatureHash.combine(FeatureHash.combine(SEGMENT, intent), stage);
        intentByTag = cross(INTENT_X_TAG, intent);
        stageByTag = cross(STAGE_X_TAG, stage);
        deviceByType = cross(DEVICE_X_TYPE, device);
        intentByOffer = cross(INTENT_X_OFFER, intent);
        stageByOffer = cross(STAGE_X_OFFER, stage);
        ltvByMargin = cross(LTV_X_MARGIN, ltv);
        shared = new int[1 + count];
        shared[0] = FeatureHash.BIAS;
        for (int i = 0; i < count; i++) {
            shared[1 + i] = FeatureHash.index(context[i]);
        }
    }

    private static long cross(long namespace, long value) {
        return value == FeatureHash.ABSENT
                ? FeatureHash.ABSENT
                : FeatureHash.combine(namespace, value);
    }

    /**
     * Strings as they are, booleans as text, numbers by magnitude so ages and amounts generalise.
     */
    static long valueHash(Object value) {
        return switch (value) {
            case null -> FeatureHash.ABSENT;
            case String text -> FeatureHash.text(text);
            case Boolean flag -> FeatureHash.text(flag.toString());
            case Number number -> FeatureHash.text(numberBucket(number.doubleValue()));
            default -> FeatureHash.text(value.toString());
        };
    }

    /** Small integers exactly, anything else by sign and power of two. */
    static String numberBucket(double value) {
        if (value == Math.rint(value) && Math.abs(value) <= 16) {
            return Long.toString((long) value);
        }
        if (Double.isNaN(value)) {
            return "NaN";
        }
        int exponent = Math.getExponent(Math.max(Math.abs(value), Double.MIN_NORMAL));
        return (value < 0 ? "-2^" : "2^") + exponent;
    }
}
