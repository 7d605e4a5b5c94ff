package io.pagewright.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentValidatorTest {

    static final ComponentTypeDefinition OFFER =
            new ComponentTypeDefinition(
                    "offer-block",
                    "Offer",
                    null,
                    List.of(
                            new FieldDefinition(
                                    "headline",
                                    "Headline",
                                    FieldType.TEXT,
                                    true,
                                    false,
                                    null,
                                    null,
                                    20,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null),
                            FieldDefinition.of("image", FieldType.IMAGE, false),
                            FieldDefinition.of("cta", FieldType.LINK, false),
                            new FieldDefinition(
                                    "price",
                                    null,
                                    FieldType.MONEY,
                                    false,
                                    false,
                                    null,
                                    null,
                                    null,
                                    BigDecimal.ZERO,
                                    new BigDecimal("1000"),
                                    null,
                                    null,
                                    null),
                            new FieldDefinition(
                                    "tone",
                                    null,
                                    FieldType.ENUM,
                                    false,
                                    false,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    List.of("calm", "bold"),
                                    null),
                            new FieldDefinition(
                                    "steps",
                                    null,
                                    FieldType.TEXT,
                                    false,
                                    true,
                                    2,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null),
                            FieldDefinition.of("product", FieldType.REFERENCE, false),
                            FieldDefinition.of("sticky", FieldType.BOOLEAN, false)));

    @Test
    void conformingContentHasNoViolations() {
        Map<String, Object> content =
                Map.of(
                        "headline", "Free shipping",
                        "image", Map.of("src", "/a.jpg", "alt", "A parcel"),
                        "cta", Map.of("label", "Shop", "href", "/shop"),
                        "price", Map.of("amount", 49.9, "currency", "EUR"),
                        "tone", "calm",
                        "steps", List.of("one", "two"),
                        "product", Map.of("kind", "catalog-item", "id", "sku-1"),
                        "sticky", true);

        assertThat(ContentValidator.validate(content, OFFER)).isEmpty();
    }

    @Test
    void reportsEveryProblemWithItsPath() {
        Map<String, Object> content =
                Map.of(
                        "image",
                        Map.of("src", "/a.jpg"),
                        "cta",
                        "not a link",
                        "price",
                        Map.of("amount", 5000, "currency", "euro"),
                        "tone",
                        "loud",
                        "steps",
                        List.of("one", 2, "three"),
                        "product",
                        Map.of("kind", "brand", "id", "x"),
                        "sticky",
                        "yes",
                        "colour",
                        "red");

        assertThat(ContentValidator.validate(content, OFFER))
                .extracting(Violation::path)
                .containsExactlyInAnyOrder(
                        "colour",
                        "headline",
                        "image.alt",
                        "cta",
                        "price.amount",
                        "price.currency",
                        "tone",
                        "steps",
                        "steps[1]",
                        "product.kind",
                        "sticky");
    }

    @Test
    void textLimitsCountCharactersNotBytes() {
        List<Violation> ok =
                ContentValidator.validate(Map.of("headline", "ÄÖÜ äöü ß €€€ 😀😀😀😀😀"), OFFER);
        List<Violation> tooLong =
                ContentValidator.validate(
                        Map.of("headline", "This headline is far too long"), OFFER);

        assertThat(ok).isEmpty();
        assertThat(tooLong)
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("at most 20 characters"));
    }

    @Test
    void markupIsJustText() {
        assertThat(ContentValidator.validate(Map.of("headline", "<script>x</script>"), OFFER))
                .isEmpty();
    }
}
