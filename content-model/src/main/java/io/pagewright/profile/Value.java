package io.pagewright.profile;

import io.pagewright.event.LineItem;
import io.pagewright.event.Money;
import io.pagewright.event.Purchase;
import io.pagewright.event.Signup;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What a visitor is worth: purchases, lifetime value per currency (never converted: exchange rates
 * are not the domain's to choose), the latest purchase, plan tier and team size.
 */
public record Value(
        long purchaseCount,
        SortedMap<String, BigDecimal> lifetimeValue,
        Latest<Money> lastPurchase,
        Latest<String> planTier,
        Latest<Integer> teamSize,
        Latest<List<String>> lastPurchaseProducts) {

    public static final Value NONE =
            new Value(0, Collections.emptySortedMap(), null, null, null, null);

    public Value {
        if (purchaseCount < 0) {
            throw new IllegalArgumentException("purchaseCount must not be negative");
        }
        lifetimeValue = Maps.sorted(lifetimeValue);
    }

    public Optional<BigDecimal> lifetimeValue(String currency) {
        return Optional.ofNullable(lifetimeValue.get(currency));
    }

    /** The products of the latest purchase, empty before the first. */
    public List<String> lastPurchasedProducts() {
        List<String> products = Latest.valueOf(lastPurchaseProducts);
        return products == null ? List.of() : products;
    }

    public Optional<String> plan() {
        return Optional.ofNullable(Latest.valueOf(planTier));
    }

    Value purchased(Purchase purchase) {
        Money value = purchase.value();
        return new Value(
                purchaseCount + 1,
                Maps.union(
                        lifetimeValue, Map.of(value.currency(), value.amount()), BigDecimal::add),
                Latest.update(lastPurchase, value, purchase),
                planTier,
                teamSize,
                Latest.update(
                        lastPurchaseProducts,
                        purchase.items().stream().map(LineItem::productId).distinct().toList(),
                        purchase));
    }

    Value signedUp(Signup signup) {
        return new Value(
                purchaseCount,
                lifetimeValue,
                lastPurchase,
                Latest.update(planTier, signup.planTier(), signup),
                Latest.update(teamSize, signup.teamSize(), signup),
                lastPurchaseProducts);
    }

    Value merge(Value other) {
        return new Value(
                purchaseCount + other.purchaseCount,
                Maps.union(lifetimeValue, other.lifetimeValue, BigDecimal::add),
                Latest.later(lastPurchase, other.lastPurchase),
                Latest.later(planTier, other.planTier),
                Latest.later(teamSize, other.teamSize),
                Latest.later(lastPurchaseProducts, other.lastPurchaseProducts));
    }
}
