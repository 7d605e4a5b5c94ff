package io.pagewright.learning;

import static io.pagewright.learning.LearningFixtures.variant;
import static io.pagewright.learning.LearningFixtures.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.content.Offer;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.Visitor;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeatureEncoderTest {

    private final FeatureEncoder encoder =
            new FeatureEncoder(BanditSettingsCatalog.DEFAULT_CONTEXT);
    private final PublishedVariant guide =
            variant("guide", Set.of("research"), Set.of("new-visitor"));

    @Test
    void encodingIsAPureFunctionOfVisitorAndVariant() {
        Visitor visitor = visitor("a", "research", "new-visitor", "mobile");

        assertThat(encoder.encode(visitor, guide))
                .isEqualTo(
                        new FeatureEncoder(BanditSettingsCatalog.DEFAULT_CONTEXT)
                                .encode(visitor, guide))
                .isEqualTo(
                        encoder.encode(visitor("b", "research", "new-visitor", "mobile"), guide));
    }

    @Test
    void tagOrderDoesNotMatter() {
        PublishedVariant ab = variant("x", Set.of("research", "comparison"), Set.of());
        PublishedVariant ba = variant("x", Set.of("comparison", "research"), Set.of());
        Visitor visitor = visitor("a", "research", null, null);

        assertThat(encoder.encode(visitor, ab)).isEqualTo(encoder.encode(visitor, ba));
    }

    @Test
    void tagMatchesSetTheReservedPriorFeatures() {
        int[] matching =
                encoder.encode(visitor("a", "research", "new-visitor", null), guide).indices();
        int[] intentOnly = encoder.encode(visitor("a", "research", "loyal", null), guide).indices();
        int[] none = encoder.encode(visitor("a", "comparison", "loyal", null), guide).indices();

        assertThat(matching).contains(FeatureHash.INTENT_MATCH, FeatureHash.STAGE_MATCH);
        assertThat(intentOnly)
                .contains(FeatureHash.INTENT_MATCH)
                .doesNotContain(FeatureHash.STAGE_MATCH);
        assertThat(none).doesNotContain(FeatureHash.INTENT_MATCH, FeatureHash.STAGE_MATCH);
    }

    @Test
    void visitorContextCrossesWithTheVariant() {
        FeatureVector mobile = encoder.encode(visitor("a", "research", null, "mobile"), guide);
        FeatureVector desktop = encoder.encode(visitor("a", "research", null, "desktop"), guide);
        PublishedVariant other = variant("other", Set.of("research"), Set.of("new-visitor"));
        FeatureVector otherOnMobile =
                encoder.encode(visitor("a", "research", null, "mobile"), other);

        // device alone, device × arm and device × component type differ
        assertThat(difference(mobile, desktop)).hasSizeGreaterThanOrEqualTo(3);
        // the same visitor gets different per-arm crosses and segment cell for another variant
        assertThat(difference(mobile, otherOnMobile)).isNotEmpty();
        assertThat(mobile.segmentCell()).isNotEqualTo(otherOnMobile.segmentCell());
        assertThat(mobile.segmentCell()).isEqualTo(desktop.segmentCell());
    }

    @Test
    void offerDiscountsShareBucketsOfFivePoints() {
        Visitor visitor = visitor("a", null, null, null);
        FeatureVector ten = encoder.encode(visitor, offer(new BigDecimal("10")));
        FeatureVector twelve = encoder.encode(visitor, offer(new BigDecimal("12.5")));
        FeatureVector twenty = encoder.encode(visitor, offer(new BigDecimal("20")));

        assertThat(ten).isEqualTo(twelve);
        assertThat(ten).isNotEqualTo(twenty);
    }

    @Test
    void aVisitorWithoutAttributesStillGetsBiasAndVariantFeatures() {
        FeatureVector x = encoder.encode(new Visitor("anon", Map.of()), guide);

        assertThat(x.indices()).contains(FeatureHash.BIAS).hasSizeGreaterThan(3);
        assertThat(x.segmentCell()).isEqualTo(-1);
    }

    @Test
    void everyIndexFitsTheTableAndHashedOnesAvoidTheReservedSlots() {
        IntStream.range(0, 100_000)
                .map(i -> FeatureHash.index(FeatureHash.text("feature" + i)))
                .forEach(i ->
                        assertThat(i).isBetween(FeatureHash.RESERVED, FeatureHash.DIMENSION - 1));
    }

    @Test
    void numbersAreBucketedByMagnitude() {
        assertThat(VisitorFeatures.numberBucket(3)).isEqualTo("3");
        assertThat(VisitorFeatures.numberBucket(100)).isEqualTo(VisitorFeatures.numberBucket(120));
        assertThat(VisitorFeatures.numberBucket(100))
                .isNotEqualTo(VisitorFeatures.numberBucket(300));
        assertThat(VisitorFeatures.numberBucket(-40)).startsWith("-");
    }

    @Test
    void onlyConfiguredContextAttributesCount() {
        FeatureEncoder intentOnly = new FeatureEncoder(List.of("intent"));
        Visitor mobile = visitor("a", "research", null, "mobile");
        Visitor desktop = visitor("a", "research", null, "desktop");

        // only the device × component type cross tells them apart: device is no context here
        assertThat(difference(intentOnly.encode(mobile, guide), intentOnly.encode(desktop, guide)))
                .hasSize(1);
    }

    private static PublishedVariant offer(BigDecimal percent) {
        return PublishedVariant.builder("deal", "offer-block")
                .offer(new Offer("discount", percent, null))
                .build();
    }

    private static List<Integer> difference(FeatureVector a, FeatureVector b) {
        List<Integer> right = Arrays.stream(b.indices()).boxed().toList();
        return Arrays.stream(a.indices()).boxed().filter(i -> !right.contains(i)).toList();
    }
}
