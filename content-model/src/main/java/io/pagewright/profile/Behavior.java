package io.pagewright.profile;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;

/**
 * What a visitor did: recent product views, category affinity, the cart, features used, onboarding
 * progress and when they first got value from the product (activation).
 */
public record Behavior(
        RecentProductViews recentProductViews,
        CategoryAffinity categoryAffinity,
        Cart cart,
        SortedMap<String, Tally> featuresUsed,
        Onboarding onboarding,
        Instant firstValueAt) {

    public static final Behavior NONE =
            new Behavior(
                    RecentProductViews.NONE,
                    CategoryAffinity.NONE,
                    Cart.EMPTY,
                    Collections.emptySortedMap(),
                    Onboarding.NONE,
                    null);

    public Behavior {
        Objects.requireNonNull(recentProductViews, "recentProductViews");
        Objects.requireNonNull(categoryAffinity, "categoryAffinity");
        Objects.requireNonNull(cart, "cart");
        featuresUsed = Maps.sorted(featuresUsed);
        Objects.requireNonNull(onboarding, "onboarding");
    }

    Behavior withViews(RecentProductViews views) {
        return new Behavior(views, categoryAffinity, cart, featuresUsed, onboarding, firstValueAt);
    }

    Behavior withAffinity(CategoryAffinity affinity) {
        return new Behavior(
                recentProductViews, affinity, cart, featuresUsed, onboarding, firstValueAt);
    }

    Behavior withCart(Cart next) {
        return new Behavior(
                recentProductViews, categoryAffinity, next, featuresUsed, onboarding, firstValueAt);
    }

    Behavior withOnboarding(Onboarding next) {
        return new Behavior(
                recentProductViews, categoryAffinity, cart, featuresUsed, next, firstValueAt);
    }

    Behavior featureUsed(String feature, Instant at, boolean firstValue) {
        return new Behavior(
                recentProductViews,
                categoryAffinity,
                cart,
                Maps.with(
                        featuresUsed,
                        feature,
                        Tally.plus(featuresUsed.get(feature), Tally.once(at))),
                onboarding,
                firstValue ? Instants.earlier(firstValueAt, at) : firstValueAt);
    }

    Behavior merge(Behavior other, ProfileSettings settings) {
        return new Behavior(
                recentProductViews.merge(other.recentProductViews, settings.recentProductViews()),
                categoryAffinity.merge(other.categoryAffinity, settings),
                cart.merge(other.cart, settings.cartCapacity()),
                Maps.union(featuresUsed, other.featuresUsed, Tally::plus),
                onboarding.merge(other.onboarding),
                Instants.earlier(firstValueAt, other.firstValueAt));
    }
}
