package io.pagewright.policy;

import io.pagewright.content.Offer;
import io.pagewright.decision.PublishedSlot;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotDecision;
import io.pagewright.decision.Visitor;
import io.pagewright.decision.Weighted;
import io.pagewright.policy.predicate.FieldCatalog;
import io.pagewright.policy.predicate.PredicateParser;
import io.pagewright.policy.predicate.ProfilePredicate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A second interpreter of policy documents, written apart from the enforcement code: it reads the
 * rules as documented and checks a finished page against them, with its own predicate evaluation
 * and variant matching. It shares only the parser, which has its own tests.
 */
final class IndependentChecker {

    private final Policy policy;
    private final PublishedSurface surface;
    private final PredicateParser parser = new PredicateParser(FieldCatalog.defaults());

    IndependentChecker(Policy policy, PublishedSurface surface) {
        this.policy = policy;
        this.surface = surface;
    }

    /**
     * Every way {@code page} breaks the policy for {@code visitor}, given the history before it.
     */
    List<String> violations(Visitor visitor, ImpressionHistory before, GuardedPage page) {
        List<String> violations = new ArrayList<>();
        List<PublishedVariant> shown = new ArrayList<>();
        for (SlotDecision decision : page.page().slots()) {
            shown.add(variant(decision.slot(), decision.variant()));
        }
        for (Rule rule : policy.rules()) {
            if (applies(rule, visitor)) {
                check(rule, visitor, before, page, shown)
                        .ifPresentOrElse(violations::add, () -> {});
            }
        }
        return violations;
    }

    private java.util.Optional<String> check(
            Rule rule,
            Visitor visitor,
            ImpressionHistory before,
            GuardedPage page,
            List<PublishedVariant> shown) {
        String broken = rule.id() + " broken: ";
        boolean ok =
                switch (rule) {
                    case DiscountCap cap ->
                            shown.stream()
                                    .allMatch(v -> discount(v).compareTo(cap.maxPercent()) <= 0);
                    case Exclusion exclusion ->
                            shown.stream().noneMatch(v -> selects(exclusion.exclude(), v));
                    case ConsentRequired consent ->
                            Boolean.TRUE.equals(visitor.attributes().get(consent.attribute()))
                                    || page.page().slots().stream()
                                            .allMatch(SlotDecision::isDefault);
                    case OfferBudget budget -> {
                        long onPage =
                                shown.stream()
                                        .filter(v ->
                                                v.offer().isPresent()
                                                        && (budget.offerType().isEmpty()
                                                                || budget.offerType()
                                                                        .get()
                                                                        .equals(
                                                                                v.offer()
                                                                                        .get()
                                                                                        .type())))
                                        .count();
                        Counter counter =
                                budget.offerType()
                                        .map(Counter::offerType)
                                        .orElse(Counter.anyOffer());
                        yield (budget.maxPerPage() == null || onPage <= budget.maxPerPage())
                                && (budget.maxPerSession() == null
                                        || onPage == 0
                                        || before.count(counter, Window.SESSION) + onPage
                                                <= budget.maxPerSession());
                    }
                    case ExclusiveOffers exclusive ->
                            shown.stream()
                                            .map(IndependentChecker::offerType)
                                            .filter(exclusive.offerTypes()::contains)
                                            .distinct()
                                            .count()
                                    <= 1;
                    case FrequencyCap cap -> {
                        long onPage = 0;
                        for (SlotDecision decision : page.page().slots()) {
                            PublishedVariant v = variant(decision.slot(), decision.variant());
                            boolean counts =
                                    switch (cap.subject()) {
                                        case VARIANT -> v.key().equals(cap.key());
                                        case SLOT -> decision.slot().equals(cap.key());
                                        case OFFER_TYPE -> cap.key().equals(offerType(v));
                                    };
                            onPage += counts ? 1 : 0;
                        }
                        Counter counter =
                                switch (cap.subject()) {
                                    case VARIANT -> Counter.variant(cap.key());
                                    case SLOT -> Counter.slot(cap.key());
                                    case OFFER_TYPE -> Counter.offerType(cap.key());
                                };
                        yield onPage == 0
                                || before.count(counter, cap.window()) + onPage <= cap.max();
                    }
                    case PromptBudget budget -> {
                        long onPage =
                                shown.stream()
                                        .filter(v ->
                                                budget.componentTypes().contains(v.componentType()))
                                        .count();
                        long earlier =
                                budget.componentTypes().stream()
                                        .mapToLong(t ->
                                                before.count(
                                                        Counter.componentType(t), Window.SESSION))
                                        .sum();
                        yield onPage == 0 || earlier + onPage <= budget.maxPerSession();
                    }
                    case RequiredCompanion companion ->
                            shown.stream().noneMatch(v -> selects(companion.trigger(), v))
                                    || shown.stream()
                                            .anyMatch(v -> selects(companion.companion(), v));
                    case DataResidency residency -> true; // checked on what the strategy saw
                    case ObjectiveWeighting objective ->
                            true; // checked by the caller: steering, not a constraint
                };
        return ok
                ? java.util.Optional.empty()
                : java.util.Optional.of(
                        broken + page.page().slots().stream().map(SlotDecision::variant).toList());
    }

    /** Attributes strategies must not see for this visitor. */
    Set<String> withheld(Visitor visitor) {
        Set<String> withheld = new HashSet<>();
        for (Rule rule : policy.rules()) {
            if (rule instanceof DataResidency residency && applies(rule, visitor)) {
                withheld.addAll(residency.attributes());
            }
        }
        return withheld;
    }

    /** The variants a page's decisions must come from for a slot to be left out legitimately. */
    PublishedVariant variant(String slot, String key) {
        PublishedSlot published =
                surface.slots().stream()
                        .filter(s -> s.key().equals(slot))
                        .findFirst()
                        .orElseThrow();
        return published.variants().stream()
                .filter(v -> v.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The probabilities logged for a page are a distribution over exactly each slot's eligible set.
     */
    static List<String> probabilityViolations(GuardedPage page) {
        List<String> violations = new ArrayList<>();
        Map<String, SlotDecision> decisions = new java.util.HashMap<>();
        page.page().slots().forEach(d -> decisions.put(d.slot(), d));
        for (SlotExplanation explanation : page.explanations()) {
            Set<String> removed = new HashSet<>();
            explanation.removals().forEach(r -> removed.add(r.variant()));
            Set<String> eligible = new HashSet<>(explanation.eligible());
            Set<String> union = new HashSet<>(removed);
            union.addAll(eligible);
            if (!union.equals(new HashSet<>(explanation.candidates()))
                    || eligible.stream().anyMatch(removed::contains)) {
                violations.add(
                        explanation.slot()
                                + ": eligible set and removals do not partition the candidates");
            }
            if (explanation.served().isEmpty()) {
                if (!eligible.isEmpty() || decisions.containsKey(explanation.slot())) {
                    violations.add(
                            explanation.slot() + ": left out although something was eligible");
                }
                continue;
            }
            double sum =
                    explanation.distribution().orElseThrow().entries().stream()
                            .mapToDouble(Weighted::probability)
                            .sum();
            SlotDecision decision = decisions.get(explanation.slot());
            double logged = decision.probability();
            if (Math.abs(sum - 1) > 1e-9
                    || !(logged > 0)
                    || logged != explanation.distribution().get().probabilityOf(decision.variant())
                    || !eligible.contains(decision.variant())) {
                violations.add(
                        explanation.slot()
                                + ": logged probability "
                                + logged
                                + " is not valid within the eligible set (sum "
                                + sum
                                + ")");
            }
        }
        return violations;
    }

    private boolean applies(Rule rule, Visitor visitor) {
        boolean surfaceCovered =
                rule.surfaces().isEmpty() || rule.surfaces().contains(surface.key());
        return surfaceCovered
                && rule.when()
                        .map(text -> evaluate(parser.parse(text), visitor.attributes()))
                        .orElse(true);
    }

    private static boolean evaluate(ProfilePredicate predicate, Map<String, Object> attributes) {
        if (predicate instanceof ProfilePredicate.And and) {
            return and.operands().stream().allMatch(p -> evaluate(p, attributes));
        } else if (predicate instanceof ProfilePredicate.Or or) {
            return or.operands().stream().anyMatch(p -> evaluate(p, attributes));
        } else if (predicate instanceof ProfilePredicate.Not not) {
            return !evaluate(not.operand(), attributes);
        } else if (predicate instanceof ProfilePredicate.Exists exists) {
            return attributes.get(exists.attribute()) != null;
        } else if (predicate instanceof ProfilePredicate.In in) {
            Object value = attributes.get(in.attribute());
            return value != null && in.values().stream().anyMatch(v -> equal(value, v));
        }
        ProfilePredicate.Compare compare = (ProfilePredicate.Compare) predicate;
        Object value = attributes.get(compare.attribute());
        return switch (compare.operator()) {
            case EQ -> value != null && equal(value, compare.value());
            case NE -> value == null || !equal(value, compare.value());
            case LT -> value instanceof Number n && n.doubleValue() < (Double) compare.value();
            case LE -> value instanceof Number n && n.doubleValue() <= (Double) compare.value();
            case GT -> value instanceof Number n && n.doubleValue() > (Double) compare.value();
            case GE -> value instanceof Number n && n.doubleValue() >= (Double) compare.value();
        };
    }

    private static boolean equal(Object value, Object literal) {
        return value instanceof Number n && literal instanceof Number m
                ? n.doubleValue() == m.doubleValue()
                : value.equals(literal);
    }

    private static boolean selects(VariantSelector selector, PublishedVariant v) {
        String type = offerType(v);
        Object legal = null;
        for (String field : selector.contentFields()) {
            Object value = v.content().get(field);
            legal = value != null && !String.valueOf(value).trim().isEmpty() ? value : legal;
        }
        return (selector.anyOffer() && type != null)
                || (type != null && selector.offerTypes().contains(type))
                || v.categories().stream().anyMatch(selector.categories()::contains)
                || selector.componentTypes().contains(v.componentType())
                || selector.variants().contains(v.key())
                || legal != null;
    }

    private static String offerType(PublishedVariant v) {
        return v.offer().map(Offer::type).orElse(null);
    }

    private static BigDecimal discount(PublishedVariant v) {
        return v.offer().map(Offer::discountPercent).orElse(null) == null
                ? BigDecimal.ZERO
                : v.offer().get().discountPercent();
    }
}
