package io.pagewright.policy;

import io.pagewright.content.Offer;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.policy.predicate.Operator;
import io.pagewright.policy.predicate.ProfilePredicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns one valid rule into the guards that enforce it; steering rules have none. */
final class GuardCompiler {
    private GuardCompiler() {}

    static List<Guard> guards(Rule rule, Segment segment) {
        return switch (rule) {
            case DiscountCap cap ->
                    List.of(
                            new Guard.Mask(
                                    rule,
                                    segment,
                                    "discount above the "
                                            + cap.maxPercent().toPlainString()
                                            + "% cap",
                                    (slot, v) ->
                                            v.offer()
                                                    .map(Offer::discountPercent)
                                                    .filter(d -> d.compareTo(cap.maxPercent()) > 0)
                                                    .isPresent()));
            case Exclusion exclusion ->
                    List.of(
                            new Guard.Mask(
                                    rule,
                                    segment,
                                    "excluded for " + segment.describe(),
                                    (slot, v) -> exclusion.exclude().matches(v)));
            case ConsentRequired consent -> List.of(consent(consent, segment));
            case OfferBudget budget -> offerBudget(budget, segment);
            case FrequencyCap cap -> List.of(frequencyCap(cap, segment));
            case PromptBudget budget -> List.of(promptBudget(budget, segment));
            case ExclusiveOffers exclusive ->
                    List.of(
                            new Guard.Exclusive(
                                    rule,
                                    segment,
                                    exclusive.offerTypes(),
                                    exclusive.offerTypes().stream()
                                            .map(t ->
                                                    "conflicts with the "
                                                            + t
                                                            + " offer already on the page")
                                            .toList()));
            case RequiredCompanion companion ->
                    List.of(
                            new Guard.Companion(
                                    rule, segment, companion.trigger(), companion.companion()));
            case DataResidency residency -> List.of();
            case ObjectiveWeighting objective -> List.of();
        };
    }

    /** The consent guard applies exactly to the visitors of the segment who lack consent. */
    private static Guard consent(ConsentRequired consent, Segment segment) {
        ProfilePredicate lacking =
                new ProfilePredicate.Not(
                        new ProfilePredicate.Compare(consent.attribute(), Operator.EQ, true));
        ProfilePredicate when =
                segment.when()
                        .<ProfilePredicate>map(w -> new ProfilePredicate.And(List.of(w, lacking)))
                        .orElse(lacking);
        return new Guard.Consent(
                consent,
                new Segment(segment.surfaces(), Optional.of(when)),
                "no consent (" + consent.attribute() + "): default experience only");
    }

    private static List<Guard> offerBudget(OfferBudget budget, Segment segment) {
        String what = budget.offerType().map(t -> t + " offers").orElse("offers");
        Guard.VariantTest counts =
                (slot, v) ->
                        v.offer().isPresent()
                                && (budget.offerType().isEmpty()
                                        || budget.offerType().get().equals(v.offer().get().type()));
        Counter counter = budget.offerType().map(Counter::offerType).orElse(Counter.anyOffer());
        List<Guard> guards = new ArrayList<>(2);
        if (budget.maxPerPage() != null) {
            guards.add(
                    new Guard.Limit(
                            budget,
                            segment,
                            "offer budget: at most "
                                    + budget.maxPerPage()
                                    + " "
                                    + what
                                    + " per page",
                            counts,
                            budget.maxPerPage(),
                            Optional.empty()));
        }
        if (budget.maxPerSession() != null) {
            guards.add(
                    new Guard.Limit(
                            budget,
                            segment,
                            "offer budget: at most "
                                    + budget.maxPerSession()
                                    + " "
                                    + what
                                    + " per session",
                            counts,
                            budget.maxPerSession(),
                            Optional.of(
                                    new CounterLimit(
                                            budget.id(),
                                            List.of(counter),
                                            Window.SESSION,
                                            budget.maxPerSession()))));
        }
        return guards;
    }

    private static Guard frequencyCap(FrequencyCap cap, Segment segment) {
        String key = cap.key();
        Guard.VariantTest counts =
                switch (cap.subject()) {
                    case VARIANT -> (slot, v) -> v.key().equals(key);
                    case SLOT -> (slot, v) -> slot.key().equals(key);
                    case OFFER_TYPE ->
                            (slot, v) -> v.offer().filter(o -> o.type().equals(key)).isPresent();
                };
        Counter counter =
                switch (cap.subject()) {
                    case VARIANT -> Counter.variant(key);
                    case SLOT -> Counter.slot(key);
                    case OFFER_TYPE -> Counter.offerType(key);
                };
        String window = cap.window().name().toLowerCase();
        String subject = cap.subject().name().toLowerCase().replace('_', ' ');
        return new Guard.Limit(
                cap,
                segment,
                "frequency cap: "
                        + subject
                        + " '"
                        + key
                        + "' at most "
                        + cap.max()
                        + " per "
                        + window,
                counts,
                cap.max(),
                Optional.of(new CounterLimit(cap.id(), List.of(counter), cap.window(), cap.max())));
    }

    private static Guard promptBudget(PromptBudget budget, Segment segment) {
        List<Counter> counters =
                budget.componentTypes().stream().map(Counter::componentType).toList();
        return new Guard.Limit(
                budget,
                segment,
                "prompt budget: at most " + budget.maxPerSession() + " prompts per session",
                (slot, v) -> isPrompt(budget, v),
                budget.maxPerSession(),
                Optional.of(
                        new CounterLimit(
                                budget.id(), counters, Window.SESSION, budget.maxPerSession())));
    }

    private static boolean isPrompt(PromptBudget budget, PublishedVariant variant) {
        return budget.componentTypes().contains(variant.componentType());
    }
}
