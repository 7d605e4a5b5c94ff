package io.pagewright.policy;

import io.pagewright.policy.predicate.FieldCatalog;
import io.pagewright.policy.predicate.FieldType;
import io.pagewright.policy.predicate.PredicateException;
import io.pagewright.policy.predicate.PredicateParser;
import io.pagewright.policy.predicate.ProfilePredicate;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a policy document before it is saved: required values, ranges, keys, predicates (parsed
 * and type-checked against the field catalog, with the position of the mistake), duplicate rule ids
 * and, once every rule is valid on its own, rules that contradict each other (see {@link
 * Contradictions}). Unknown JSON fields and rule types are rejected by the JSON binding, which
 * knows the path of the field.
 */
public final class PolicyValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FieldCatalog catalog;
    private final PredicateParser parser;

    public PolicyValidator(FieldCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.parser = new PredicateParser(catalog);
    }

    /** Every mistake in {@code policy}; empty when it can be compiled and enforced. */
    public List<PolicyError> validate(Policy policy) {
        Errors errors = new Errors();
        errors.key("key", policy.key());
        if (policy.version() == null || policy.version() < 1) {
            errors.add("version", "must be 1 or more, not " + policy.version());
        }
        Map<String, Integer> ids = new HashMap<>();
        Map<Rule, Optional<ProfilePredicate>> segments = new IdentityHashMap<>();
        for (int i = 0; i < policy.rules().size(); i++) {
            String path = "rules[" + i + "]";
            Rule rule = policy.rules().get(i);
            if (rule == null) {
                errors.add(path, "is empty");
                continue;
            }
            Integer earlier = rule.id() == null ? null : ids.putIfAbsent(rule.id(), i);
            if (earlier != null) {
                errors.add(
                        path + ".id",
                        "duplicate rule id '" + rule.id() + "' (also rules[" + earlier + "])");
            }
            segments.put(rule, common(path, rule, errors));
            specific(path, rule, errors);
        }
        if (errors.isEmpty()) {
            new Contradictions(policy.rules(), segments).report(errors);
        }
        return errors.list();
    }

    private Optional<ProfilePredicate> common(String path, Rule rule, Errors errors) {
        errors.key(path + ".id", rule.id());
        errors.keys(path + ".surfaces", rule.surfaces());
        if (rule.when().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(rule.when().get()));
        } catch (PredicateException e) {
            errors.add(path + ".when", e.problem(), e.position());
            return Optional.empty();
        }
    }

    private void specific(String path, Rule rule, Errors errors) {
        switch (rule) {
            case DiscountCap cap -> percent(path + ".maxPercent", cap.maxPercent(), errors);
            case OfferBudget budget -> {
                budget.offerType().ifPresent(type -> errors.key(path + ".offerType", type));
                errors.count(path + ".maxPerPage", budget.maxPerPage(), false);
                errors.count(path + ".maxPerSession", budget.maxPerSession(), false);
                if (budget.maxPerPage() == null && budget.maxPerSession() == null) {
                    errors.add(path, "needs maxPerPage, maxPerSession or both");
                }
            }
            case ExclusiveOffers exclusive -> {
                errors.nonEmpty(path + ".offerTypes", exclusive.offerTypes());
                if (exclusive.offerTypes().size() == 1) {
                    errors.add(
                            path + ".offerTypes",
                            "needs at least two offer types to exclude each other");
                }
            }
            case FrequencyCap cap -> {
                errors.present(path + ".subject", cap.subject());
                errors.key(path + ".key", cap.key());
                errors.count(path + ".max", cap.max(), true);
                errors.present(path + ".window", cap.window());
            }
            case PromptBudget budget -> {
                errors.nonEmpty(path + ".componentTypes", budget.componentTypes());
                errors.count(path + ".maxPerSession", budget.maxPerSession(), true);
            }
            case Exclusion exclusion -> selector(path + ".exclude", exclusion.exclude(), errors);
            case RequiredCompanion companion -> {
                selector(path + ".trigger", companion.trigger(), errors);
                selector(path + ".companion", companion.companion(), errors);
            }
            case ConsentRequired consent ->
                    attribute(path + ".attribute", consent.attribute(), FieldType.BOOLEAN, errors);
            case DataResidency residency -> {
                if (residency.attributes().isEmpty()) {
                    errors.add(path + ".attributes", "needs at least one attribute");
                }
                for (int i = 0; i < residency.attributes().size(); i++) {
                    attribute(
                            path + ".attributes[" + i + "]",
                            residency.attributes().get(i),
                            null,
                            errors);
                }
            }
            case ObjectiveWeighting objective ->
                    weights(path + ".weights", objective.weights(), errors);
        }
    }

    private static void percent(String field, BigDecimal percent, Errors errors) {
        if (percent == null) {
            errors.add(field, "is required");
        } else if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            errors.add(field, "must be between 0 and 100, not " + percent.toPlainString());
        }
    }

    private static void selector(String field, VariantSelector selector, Errors errors) {
        if (selector == null || selector.isEmpty()) {
            errors.add(
                    field,
                    "needs at least one criterion (anyOffer, offerTypes, categories, componentTypes, variants or contentFields)");
            return;
        }
        errors.keys(field + ".offerTypes", selector.offerTypes());
        errors.keys(field + ".categories", selector.categories());
        errors.keys(field + ".componentTypes", selector.componentTypes());
        errors.keys(field + ".variants", selector.variants());
        for (int i = 0; i < selector.contentFields().size(); i++) {
            String name = selector.contentFields().get(i);
            if (name == null || name.isBlank()) {
                errors.add(field + ".contentFields[" + i + "]", "must name a content field");
            }
        }
    }

    private void attribute(String field, String name, FieldType required, Errors errors) {
        if (name == null) {
            errors.add(field, "is required");
            return;
        }
        catalog.find(name)
                .ifPresentOrElse(
                        known -> {
                            if (required != null && known.type() != required) {
                                errors.add(
                                        field,
                                        name
                                                + " is a "
                                                + known.type().name().toLowerCase()
                                                + ", not a "
                                                + required.name().toLowerCase());
                            }
                        },
                        () ->
                                errors.add(
                                        field,
                                        "unknown attribute '"
                                                + name
                                                + "'"
                                                + catalog.closestName(name)
                                                        .map(c -> " (did you mean '" + c + "'?)")
                                                        .orElse("")));
    }

    private static void weights(String field, Map<String, Double> weights, Errors errors) {
        if (weights.isEmpty()) {
            errors.add(field, "needs at least one outcome (click, conversion, revenue, margin)");
            return;
        }
        double sum = 0;
        boolean wrong = false;
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            String path = field + "." + weight.getKey();
            Double value = weight.getValue();
            if (Outcome.fromWireName(weight.getKey()).isEmpty()) {
                wrong = true;
                errors.add(
                        path,
                        "unknown outcome '"
                                + weight.getKey()
                                + "' (expected click, conversion, revenue or margin)");
            } else if (value == null || !(value >= 0) || value.isInfinite()) {
                wrong = true;
                errors.add(path, "must be a finite number of 0 or more, not " + value);
            } else {
                sum += value;
            }
        }
        if (!wrong && sum <= 0) {
            errors.add(field, "at least one weight must be above 0");
        }
    }
}
