package io.pagewright.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules a surface must satisfy beyond its own shape, which need the repository's component
 * types and vocabularies: every variant uses a known component type that its slot allows, its
 * content conforms to that type and to the slot's brand rules, its tags come from the vocabularies,
 * and its offer stays within the slot's discount cap with the required companion fields. Reports
 * every violation with its path in the surface document.
 */
public final class SurfaceRules {

    private final Map<String, ComponentTypeDefinition> types;
    private final Vocabularies vocabularies;

    public SurfaceRules(Map<String, ComponentTypeDefinition> types, Vocabularies vocabularies) {
        this.types = Map.copyOf(types);
        this.vocabularies = vocabularies;
    }

    public List<Violation> check(SurfaceDefinition surface) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < surface.slots().size(); i++) {
            SlotDefinition slot = surface.slots().get(i);
            String slotPath = "slots[" + i + "]";
            SlotConstraints constraints = slot.constraints();
            if (constraints.maxVariants() != null
                    && slot.variants().size() > constraints.maxVariants()) {
                violations.add(
                        new Violation(
                                slotPath + ".variants",
                                "holds "
                                        + slot.variants().size()
                                        + " variants; slot '"
                                        + slot.key()
                                        + "' allows at most "
                                        + constraints.maxVariants()));
            }
            for (int j = 0; j < slot.variants().size(); j++) {
                String variantPath = slotPath + ".variants[" + j + "]";
                checkVariant(slot, slot.variants().get(j))
                        .forEach(v -> violations.add(v.under(variantPath)));
            }
        }
        return violations;
    }

    /** Violations of one variant, with paths relative to the variant. */
    List<Violation> checkVariant(SlotDefinition slot, VariantDefinition variant) {
        List<Violation> violations = new ArrayList<>();
        SlotConstraints constraints = slot.constraints();
        ComponentTypeDefinition type = types.get(variant.componentType());
        if (type == null) {
            violations.add(
                    new Violation(
                            "componentType",
                            "unknown component type '"
                                    + variant.componentType()
                                    + "' (known: "
                                    + String.join(", ", new TreeSet<>(types.keySet()))
                                    + ")"));
        } else {
            ContentValidator.validate(variant.content(), type)
                    .forEach(v -> violations.add(v.under("content")));
        }
        if (!constraints.allowedComponentTypes().isEmpty()
                && !constraints.allowedComponentTypes().contains(variant.componentType())) {
            violations.add(
                    new Violation(
                            "componentType",
                            "'"
                                    + variant.componentType()
                                    + "' is not allowed in slot '"
                                    + slot.key()
                                    + "' (allowed: "
                                    + String.join(", ", constraints.allowedComponentTypes())
                                    + ")"));
        }
        checkTags(variant.tags(), violations);
        checkOffer(slot, variant, violations);
        checkFieldRules(slot, variant, violations);
        return violations;
    }

    private void checkTags(Tags tags, List<Violation> out) {
        checkVocabulary(VocabularyKind.INTENT, "tags.intents", tags.intents(), out);
        checkVocabulary(
                VocabularyKind.LIFECYCLE_STAGE,
                "tags.lifecycleStages",
                tags.lifecycleStages(),
                out);
        checkVocabulary(VocabularyKind.CATEGORY, "tags.categories", tags.categories(), out);
    }

    private void checkVocabulary(
            VocabularyKind kind, String path, List<String> values, List<Violation> out) {
        for (int k = 0; k < values.size(); k++) {
            String value = values.get(k);
            if (value != null && !vocabularies.contains(kind, value)) {
                out.add(
                        new Violation(
                                path + "[" + k + "]",
                                "'"
                                        + value
                                        + "' is not in the "
                                        + kind
                                        + " vocabulary (known: "
                                        + vocabularies.describe(kind)
                                        + ")"));
            }
        }
    }

    private static void checkOffer(
            SlotDefinition slot, VariantDefinition variant, List<Violation> out) {
        Offer offer = variant.offer();
        if (offer == null) {
            return;
        }
        SlotConstraints constraints = slot.constraints();
        if (constraints.maxDiscountPercent() != null
                && offer.discountPercent() != null
                && offer.discountPercent().compareTo(constraints.maxDiscountPercent()) > 0) {
            out.add(
                    new Violation(
                            "offer.discountPercent",
                            "is "
                                    + offer.discountPercent().stripTrailingZeros().toPlainString()
                                    + " %, above the maximum discount of "
                                    + constraints
                                            .maxDiscountPercent()
                                            .stripTrailingZeros()
                                            .toPlainString()
                                    + " % for slot '"
                                    + slot.key()
                                    + "'"));
        }
        for (String field : constraints.offerRequiresFields()) {
            Object value = variant.content().get(field);
            if (value == null || (value instanceof String s && s.isBlank())) {
                out.add(
                        new Violation(
                                "content." + field,
                                "is required in slot '"
                                        + slot.key()
                                        + "' whenever a variant makes an offer"));
            }
        }
    }

    private static void checkFieldRules(
            SlotDefinition slot, VariantDefinition variant, List<Violation> out) {
        for (FieldRule rule : slot.constraints().fieldRules()) {
            if (!(variant.content().get(rule.field()) instanceof String text)) {
                continue;
            }
            String path = "content." + rule.field();
            String brand = " (brand rule of slot '" + slot.key() + "')";
            if (rule.maxLength() != null
                    && text.codePointCount(0, text.length()) > rule.maxLength()) {
                out.add(
                        new Violation(
                                path,
                                "must be at most " + rule.maxLength() + " characters" + brand));
            }
            if (rule.pattern() != null
                    && !Pattern.compile(rule.pattern()).matcher(text).matches()) {
                out.add(new Violation(path, "must match " + rule.pattern() + brand));
            }
            String lower = text.toLowerCase(Locale.ROOT);
            for (String phrase : rule.forbiddenPhrases()) {
                if (lower.contains(phrase.toLowerCase(Locale.ROOT))) {
                    out.add(new Violation(path, "must not contain '" + phrase + "'" + brand));
                }
            }
        }
    }
}
