package io.pagewright.learning;

import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.Visitor;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a visitor and a candidate variant into the hashed features the model scores. The features
 * are described in {@code docs/learning.md}; in short:
 *
 * <ul>
 *   <li>shared by all candidates: a bias and each configured context attribute ({@code
 *       device=mobile}, {@code region=eu} ...);
 *   <li>the variant alone: its key, component type, intent and lifecycle tags, categories, offer
 *       type, discount bucket and margin class, so that what is learned about a tag carries over to
 *       new variants with that tag;
 *   <li>tag matches: "the visitor's intent is among the variant's intent tags" and the same for the
 *       lifecycle stage, which carry the cold-start prior;
 *   <li>crosses: every context attribute × variant key, segment (intent, stage) × variant key,
 *       intent × intent tag, stage × stage tag, device × component type, intent × offer type, stage
 *       × offer type and LTV band × margin class.
 * </ul>
 *
 * Thread-safe; per-variant hashes are cached by variant key and recomputed when the published
 * variant under that key changes.
 */
public final class FeatureEncoder {

    private static final int CACHE_LIMIT = 10_000;
    private static final int CROSSES_PER_CANDIDATE = 6;

    private final List<String> attributes;
    private final long[] attributeNamespaces;
    private final ConcurrentHashMap<String, VariantFeatures> variants = new ConcurrentHashMap<>();

    /** An encoder that uses {@code contextAttributes} of the visitor as context. */
    public FeatureEncoder(List<String> contextAttributes) {
        attributes = List.copyOf(contextAttributes);
        attributeNamespaces =
                attributes.stream().mapToLong(name -> FeatureHash.text("ctx:" + name)).toArray();
    }

    public List<String> contextAttributes() {
        return attributes;
    }

    /** All features of {@code variant} shown to {@code visitor}: what an observation records. */
    public FeatureVector encode(Visitor visitor, PublishedVariant variant) {
        VisitorFeatures v = visitor(Objects.requireNonNull(visitor, "visitor"));
        VariantFeatures a = variant(Objects.requireNonNull(variant, "variant"));
        int[] out = new int[v.shared.length + capacity(v, a)];
        System.arraycopy(v.shared, 0, out, 0, v.shared.length);
        int n = v.shared.length + candidate(v, a, out, v.shared.length);
        return new FeatureVector(Arrays.copyOf(out, n), segmentCell(v, a));
    }

    VisitorFeatures visitor(Visitor visitor) {
        return new VisitorFeatures(visitor, attributes, attributeNamespaces);
    }

    VariantFeatures variant(PublishedVariant variant) {
        VariantFeatures cached = variants.get(variant.key());
        if (cached != null && (cached.variant == variant || cached.variant.equals(variant))) {
            return cached;
        }
        if (variants.size() >= CACHE_LIMIT) {
            variants.clear(); // variants come and go with publishing; start over rather than grow
        }
        VariantFeatures fresh = new VariantFeatures(variant);
        variants.put(variant.key(), fresh);
        return fresh;
    }

    /** An upper bound of the number of slots {@link #candidate} writes. */
    static int capacity(VisitorFeatures v, VariantFeatures a) {
        return a.own.length
                + 2
                + v.contextCount
                + a.intentTags.length
                + a.stageTags.length
                + CROSSES_PER_CANDIDATE;
    }

    /** Writes the candidate-specific slots from {@code from} on; returns how many it wrote. */
    static int candidate(VisitorFeatures v, VariantFeatures a, int[] out, int from) {
        int n = from;
        System.arraycopy(a.own, 0, out, n, a.own.length);
        n += a.own.length;
        if (a.hasIntent(v.intent)) {
            out[n++] = FeatureHash.INTENT_MATCH;
        }
        if (a.hasStage(v.stage)) {
            out[n++] = FeatureHash.STAGE_MATCH;
        }
        for (int i = 0; i < v.contextCount; i++) {
            out[n++] = FeatureHash.index(FeatureHash.combine(v.context[i], a.key));
        }
        int cell = segmentCell(v, a);
        if (cell >= 0) {
            out[n++] = cell;
        }
        n = crossAll(v.intentByTag, a.intentTags, out, n);
        n = crossAll(v.stageByTag, a.stageTags, out, n);
        n = cross(v.deviceByType, a.componentType, out, n);
        n = cross(v.intentByOffer, a.offerType, out, n);
        n = cross(v.stageByOffer, a.offerType, out, n);
        n = cross(v.ltvByMargin, a.marginClass, out, n);
        return n - from;
    }

    static int segmentCell(VisitorFeatures v, VariantFeatures a) {
        return v.segment == FeatureHash.ABSENT
                ? -1
                : FeatureHash.index(FeatureHash.combine(v.segment, a.key));
    }

    private static int cross(long visitorHalf, long variantHalf, int[] out, int n) {
        if (visitorHalf == FeatureHash.ABSENT || variantHalf == FeatureHash.ABSENT) {
            return n;
        }
        out[n] = FeatureHash.index(FeatureHash.combine(visitorHalf, variantHalf));
        return n + 1;
    }

    private static int crossAll(long visitorHalf, long[] variantHalves, int[] out, int n) {
        for (long half : variantHalves) {
            n = cross(visitorHalf, half, out, n);
        }
        return n;
    }
}
