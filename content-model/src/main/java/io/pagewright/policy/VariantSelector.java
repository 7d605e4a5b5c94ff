package io.pagewright.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.pagewright.content.Offer;
import io.pagewright.decision.PublishedVariant;
import java.util.List;
import java.util.Set;

/**
 * Which variants a rule is about. A variant matches when it meets <em>any</em> of the criteria
 * given: it makes an offer ({@code anyOffer}), an offer of one of {@code offerTypes}, has one of
 * {@code categories}, one of {@code componentTypes}, one of the {@code variants} keys, or a
 * non-blank value in one of its content fields {@code contentFields} (e.g. {@code legalText}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VariantSelector(
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean anyOffer,
        List<String> offerTypes,
        List<String> categories,
        List<String> componentTypes,
        List<String> variants,
        List<String> contentFields) {

    public VariantSelector {
        anyOffer = Boolean.TRUE.equals(anyOffer);
        offerTypes = Documents.list(offerTypes);
        categories = Documents.list(categories);
        componentTypes = Documents.list(componentTypes);
        variants = Documents.list(variants);
        contentFields = Documents.list(contentFields);
    }

    public static VariantSelector categories(String... categories) {
        return new VariantSelector(false, null, List.of(categories), null, null, null);
    }

    public static VariantSelector offers() {
        return new VariantSelector(true, null, null, null, null, null);
    }

    public static VariantSelector offerTypes(String... types) {
        return new VariantSelector(false, List.of(types), null, null, null, null);
    }

    public static VariantSelector componentTypes(String... types) {
        return new VariantSelector(false, null, null, List.of(types), null, null);
    }

    public static VariantSelector variants(String... keys) {
        return new VariantSelector(false, null, null, null, List.of(keys), null);
    }

    public static VariantSelector contentFields(String... fields) {
        return new VariantSelector(false, null, null, null, null, List.of(fields));
    }

    /** Whether no criterion is given, so that nothing matches. */
    @JsonIgnore
    public boolean isEmpty() {
        return !anyOffer
                && offerTypes.isEmpty()
                && categories.isEmpty()
                && componentTypes.isEmpty()
                && variants.isEmpty()
                && contentFields.isEmpty();
    }

    public boolean matches(PublishedVariant variant) {
        String offerType = variant.offer().map(Offer::type).orElse(null);
        return anyOffer && offerType != null
                || offerType != null && offerTypes.contains(offerType)
                || intersects(categories, variant.categories())
                || componentTypes.contains(variant.componentType())
                || variants.contains(variant.key())
                || contentFields.stream().anyMatch(field -> hasText(variant, field));
    }

    private static boolean intersects(List<String> wanted, Set<String> present) {
        for (String value : wanted) {
            if (present.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasText(PublishedVariant variant, String field) {
        Object value = variant.content().get(field);
        return value != null && !value.toString().isBlank();
    }
}
