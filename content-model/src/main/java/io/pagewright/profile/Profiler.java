package io.pagewright.profile;

import io.pagewright.event.AddToCart;
import io.pagewright.event.Bounce;
import io.pagewright.event.CategoryView;
import io.pagewright.event.Checkout;
import io.pagewright.event.Click;
import io.pagewright.event.Consent;
import io.pagewright.event.Conversion;
import io.pagewright.event.Event;
import io.pagewright.event.FeatureUsed;
import io.pagewright.event.Impression;
import io.pagewright.event.Login;
import io.pagewright.event.OnboardingStepCompleted;
import io.pagewright.event.PageView;
import io.pagewright.event.ProductView;
import io.pagewright.event.Purchase;
import io.pagewright.event.RemoveFromCart;
import io.pagewright.event.Search;
import io.pagewright.event.Signup;
import io.pagewright.event.SupportTicket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Folds events into profiles and merges profiles. Every aggregate is a sum, an extreme, a top-N by
 * (occurred at, event id) or a latest-wins register, and every event id is folded once, so a set of
 * events gives the same profile whatever the order, the batching and the number of resends; merging
 * profiles is commutative and associative. The one thing that depends on arrival is consent: an
 * event is profiled only if personalization is granted when it is folded (in a batch, events are
 * folded in occurred-at order, so a consent sent with the events it covers applies to them).
 */
public final class Profiler {

    private static final Comparator<Event> OCCURRENCE =
            Comparator.comparing(Event::occurredAt).thenComparing(Event::eventId);

    private final ProfileSettings settings;

    public Profiler(ProfileSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ProfileSettings settings() {
        return settings;
    }

    /** Folds the events not seen before into the profile; the events must be validated. */
    public Profile record(Profile profile, Collection<? extends Event> events) {
        List<Event> fresh = unseen(profile, events);
        if (fresh.isEmpty()) {
            return profile;
        }
        Profile next = profile.with(profile.seenEvents().withAll(fresh));
        for (Event event : fresh) {
            next = fold(next, event);
        }
        return next;
    }

    public Profile record(Profile profile, Event event) {
        return record(profile, List.of(event));
    }

    /**
     * Merges two profiles of one person: the smallest id survives and the aggregates are combined.
     * The profiles must not share events (an event is folded into the one profile its identity
     * resolves to). Personal data collected before a withdrawal of personalization that the other
     * profile knows of is dropped.
     */
    public Profile merge(Profile a, Profile b) {
        Instant withdrawnA = a.consents().personalizationWithdrawnAt();
        Instant withdrawnB = b.consents().personalizationWithdrawnAt();
        Profile left = isBefore(withdrawnA, withdrawnB) ? a.withoutPersonalData() : a;
        Profile right = isBefore(withdrawnB, withdrawnA) ? b.withoutPersonalData() : b;
        ProfileId survivor = left.id().compareTo(right.id()) <= 0 ? left.id() : right.id();
        Set<ProfileId> absorbed = union(left.absorbed(), right.absorbed());
        absorbed.add(left.id());
        absorbed.add(right.id());
        absorbed.remove(survivor);
        Profile merged =
                new Profile(
                        survivor,
                        union(left.identities(), right.identities()),
                        left.consents().merge(right.consents()),
                        left.seenEvents().union(right.seenEvents()),
                        left.activity().merge(right.activity()),
                        left.behavior().merge(right.behavior(), settings),
                        left.value().merge(right.value()),
                        left.traits().merge(right.traits()),
                        absorbed);
        return merged.isPersonalized() ? merged : merged.withoutPersonalData();
    }

    private static List<Event> unseen(Profile profile, Collection<? extends Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(OCCURRENCE);
        Set<String> ids = new HashSet<>();
        List<Event> fresh = new ArrayList<>(sorted.size());
        for (Event event : sorted) {
            if (!profile.seenEvents().contains(event.eventId()) && ids.add(event.eventId())) {
                fresh.add(event);
            }
        }
        return fresh;
    }

    private Profile fold(Profile profile, Event event) {
        Profile known = profile.withIdentities(event.identity().keys());
        if (event instanceof Consent consent) {
            return consented(known, consent);
        }
        if (Privacy.ESSENTIAL.contains(event.type())) {
            return known.with(known.activity().record(event));
        }
        if (!known.isPersonalized()) {
            return known;
        }
        return observe(known.with(known.activity().record(event)), event);
    }

    private static Profile consented(Profile profile, Consent consent) {
        boolean erase = profile.consents().isNewWithdrawal(consent);
        Profile next = profile.with(profile.consents().record(consent));
        return erase || !next.isPersonalized() ? next.withoutPersonalData() : next;
    }

    /** What an event adds beyond its tally; every type is listed so a new one must be decided. */
    private Profile observe(Profile profile, Event event) {
        Behavior behavior = profile.behavior();
        return switch (event) {
            case ProductView view -> profile.with(viewed(behavior, view));
            case CategoryView view ->
                    profile.with(behavior.withAffinity(affine(behavior, view.category(), view)));
            case AddToCart add -> profile.with(added(behavior, add));
            case RemoveFromCart remove -> profile.with(removed(behavior, remove));
            case Purchase purchase ->
                    profile.with(profile.value().purchased(purchase))
                            .with(
                                    behavior.withCart(
                                            behavior.cart().emptiedAt(purchase.occurredAt())));
            case Signup signup ->
                    profile.with(profile.value().signedUp(signup))
                            .with(profile.traits().signedUp(signup));
            case FeatureUsed used ->
                    profile.with(
                            behavior.featureUsed(
                                    used.feature(),
                                    used.occurredAt(),
                                    settings.isFirstValue(used.feature())));
            case OnboardingStepCompleted step -> profile.with(onboarded(behavior, step));
            case PageView ignored -> profile;
            case Search ignored -> profile;
            case Checkout ignored -> profile;
            case Login ignored -> profile;
            case Bounce ignored -> profile;
            case SupportTicket ignored -> profile;
            case Impression ignored -> profile;
            case Click ignored -> profile;
            case Conversion ignored -> profile;
            case Consent ignored -> profile;
        };
    }

    private Behavior viewed(Behavior behavior, ProductView view) {
        ViewedProduct viewed =
                new ViewedProduct(
                        view.productId(), view.category(), view.occurredAt(), view.eventId());
        return behavior.withViews(
                        behavior.recentProductViews().with(viewed, settings.recentProductViews()))
                .withAffinity(affine(behavior, view.category(), view));
    }

    private Behavior removed(Behavior behavior, RemoveFromCart remove) {
        CartChange change = change(remove, remove.productId(), -remove.quantity());
        return behavior.withCart(behavior.cart().with(change, settings.cartCapacity()));
    }

    private static Behavior onboarded(Behavior behavior, OnboardingStepCompleted step) {
        return behavior.withOnboarding(
                behavior.onboarding().completed(step.step(), step.occurredAt(), step.totalSteps()));
    }

    private Behavior added(Behavior behavior, AddToCart add) {
        Behavior next =
                behavior.withCart(
                        behavior.cart()
                                .with(
                                        change(add, add.productId(), add.quantity()),
                                        settings.cartCapacity()));
        return add.category() == null
                ? next
                : next.withAffinity(affine(behavior, add.category(), add));
    }

    private CategoryAffinity affine(Behavior behavior, String category, Event event) {
        return behavior.categoryAffinity().viewed(category, event.occurredAt(), settings);
    }

    private static CartChange change(Event event, String productId, int delta) {
        return new CartChange(productId, delta, event.occurredAt(), event.eventId());
    }

    private static boolean isBefore(Instant a, Instant b) {
        return b != null && (a == null || a.isBefore(b));
    }

    private static <T extends Comparable<T>> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }
}
