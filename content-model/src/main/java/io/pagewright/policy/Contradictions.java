package io.pagewright.policy;

import io.pagewright.policy.predicate.ProfilePredicate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds rules that contradict each other. Whether two predicates overlap is undecidable in general
 * here, so every check is sound but not complete: it only reports a pair when the second rule
 * provably covers every request the first one covers (no {@code when}, or the same predicate, and
 * at least the same surfaces). The checks:
 *
 * <ul>
 *   <li>a required companion whose every possible companion is removed by an exclusion, or is an
 *       offer forbidden by a zero offer budget, while its trigger is not;
 *   <li>a required companion whose trigger and companion are offers of different, mutually
 *       exclusive types;
 *   <li>an offer budget that allows offers of a type while another rule allows none of them;
 *   <li>an objective that can never apply because an earlier one covers all its requests.
 * </ul>
 */
final class Contradictions {

    private final List<Rule> rules;
    private final Map<Rule, Optional<ProfilePredicate>> segments;

    Contradictions(List<Rule> rules, Map<Rule, Optional<ProfilePredicate>> segments) {
        this.rules = rules;
        this.segments = segments;
    }

    void report(Errors errors) {
        for (int i = 0; i < rules.size(); i++) {
            String path = "rules[" + i + "]";
            for (int j = 0; j < rules.size(); j++) {
                if (i != j && covers(rules.get(j), rules.get(i))) {
                    conflict(path, rules.get(i), rules.get(j), j < i)
                            .ifPresent(m -> errors.add(path, m));
                }
            }
            if (rules.get(i) instanceof OfferBudget budget
                    && positive(budget.maxPerPage())
                    && zero(budget.maxPerSession())) {
                errors.add(
                        path,
                        "contradiction: maxPerPage allows "
                                + budget.maxPerPage()
                                + " offers but maxPerSession allows none");
            }
        }
    }

    /** What makes {@code rule} contradict {@code other}, which covers every request it covers. */
    private static Optional<String> conflict(
            String path, Rule rule, Rule other, boolean otherIsEarlier) {
        return switch (rule) {
            case RequiredCompanion companion -> companionConflict(companion, other);
            case OfferBudget budget when allows(budget) && forbids(other, budget.offerType()) ->
                    Optional.of(
                            "contradiction: allows offers"
                                    + typeText(budget.offerType())
                                    + " but rule '"
                                    + other.id()
                                    + "' allows none");
            case ObjectiveWeighting objective
                    when other instanceof ObjectiveWeighting && otherIsEarlier ->
                    Optional.of(
                            "never applies: the earlier objective '"
                                    + other.id()
                                    + "' already covers all its visitors and surfaces");
            case DiscountCap c -> Optional.empty();
            case OfferBudget b -> Optional.empty();
            case ExclusiveOffers e -> Optional.empty();
            case FrequencyCap f -> Optional.empty();
            case PromptBudget p -> Optional.empty();
            case Exclusion e -> Optional.empty();
            case ConsentRequired c -> Optional.empty();
            case DataResidency d -> Optional.empty();
            case ObjectiveWeighting o -> Optional.empty();
        };
    }

    private static Optional<String> companionConflict(RequiredCompanion rule, Rule other) {
        VariantSelector trigger = rule.trigger();
        VariantSelector companion = rule.companion();
        boolean removesCompanion =
                switch (other) {
                    case Exclusion exclusion ->
                            Selectors.covers(exclusion.exclude(), companion)
                                    && !Selectors.covers(exclusion.exclude(), trigger);
                    case OfferBudget budget ->
                            forbids(budget, budget.offerType())
                                    && Selectors.onlyOffersOf(companion, budget.offerType())
                                    && !Selectors.onlyOffersOf(trigger, budget.offerType());
                    case ExclusiveOffers exclusive ->
                            Selectors.exclusiveOfEachOther(
                                    trigger, companion, exclusive.offerTypes());
                    case DiscountCap c -> false;
                    case FrequencyCap f -> false;
                    case PromptBudget p -> false;
                    case RequiredCompanion r -> false;
                    case ConsentRequired c -> false;
                    case DataResidency d -> false;
                    case ObjectiveWeighting o -> false;
                };
        return removesCompanion
                ? Optional.of(
                        "contradiction: rule '"
                                + other.id()
                                + "' removes every companion this rule requires")
                : Optional.empty();
    }

    private static boolean allows(OfferBudget budget) {
        return positive(budget.maxPerPage())
                || budget.maxPerPage() == null && positive(budget.maxPerSession());
    }

    /** Whether {@code rule} forbids every offer of {@code type} (empty: of every type). */
    private static boolean forbids(Rule rule, Optional<String> type) {
        return switch (rule) {
            case OfferBudget budget ->
                    (zero(budget.maxPerPage()) || zero(budget.maxPerSession()))
                            && (budget.offerType().isEmpty() || budget.offerType().equals(type));
            case FrequencyCap cap ->
                    cap.subject() == CapSubject.OFFER_TYPE
                            && zero(cap.max())
                            && type.isPresent()
                            && type.get().equals(cap.key());
            case DiscountCap c -> false;
            case ExclusiveOffers e -> false;
            case PromptBudget p -> false;
            case Exclusion e -> false;
            case RequiredCompanion r -> false;
            case ConsentRequired c -> false;
            case DataResidency d -> false;
            case ObjectiveWeighting o -> false;
        };
    }

    /** Whether {@code outer} applies to every request {@code inner} applies to. */
    private boolean covers(Rule outer, Rule inner) {
        boolean surfaces =
                outer.surfaces().isEmpty()
                        || !inner.surfaces().isEmpty()
                                && outer.surfaces().containsAll(inner.surfaces());
        Optional<ProfilePredicate> outerWhen = segments.get(outer);
        return surfaces && (outerWhen.isEmpty() || outerWhen.equals(segments.get(inner)));
    }

    private static boolean positive(Integer value) {
        return value != null && value > 0;
    }

    private static boolean zero(Integer value) {
        return value != null && value == 0;
    }

    private static String typeText(Optional<String> type) {
        return type.map(t -> " of type " + t).orElse("");
    }
}
