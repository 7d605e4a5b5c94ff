package io.pagewright.profile;

import io.pagewright.event.AddToCart;
import io.pagewright.event.Bounce;
import io.pagewright.event.CategoryView;
import io.pagewright.event.Checkout;
import io.pagewright.event.Click;
import io.pagewright.event.Consent;
import io.pagewright.event.ConsentStatus;
import io.pagewright.event.Conversion;
import io.pagewright.event.Event;
import io.pagewright.event.FeatureUsed;
import io.pagewright.event.Identity;
import io.pagewright.event.Impression;
import io.pagewright.event.LineItem;
import io.pagewright.event.Login;
import io.pagewright.event.Money;
import io.pagewright.event.OnboardingStepCompleted;
import io.pagewright.event.PageView;
import io.pagewright.event.ProductView;
import io.pagewright.event.Purchase;
import io.pagewright.event.RemoveFromCart;
import io.pagewright.event.Search;
import io.pagewright.event.Signup;
import io.pagewright.event.SupportTicket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** A seeded generator of valid events of every type, for property-style tests. */
final class RandomEvents {

    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final List<String> CATEGORIES = List.of("shoes", "jackets", "tents", "socks");
    private static final List<String> FEATURES = List.of("reports", "export", "invite", "alerts");

    private final Random random;
    private final Identity identity;
    private int next;

    RandomEvents(long seed, Identity identity) {
        this.random = new Random(seed);
        this.identity = identity;
    }

    Random random() {
        return random;
    }

    /** {@code count} events within {@code span} after {@link #START}, consent events included. */
    List<Event> events(int count, Duration span, boolean withConsent) {
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant at = START.plusSeconds(random.nextLong(span.toSeconds()));
            events.add(event("r-" + next++, at, withConsent));
        }
        return events;
    }

    /** The events shuffled, with about a third of them repeated. */
    List<Event> shuffledWithDuplicates(List<Event> events) {
        List<Event> copy = new ArrayList<>(events);
        for (Event event : events) {
            if (random.nextInt(3) == 0) {
                copy.add(event);
            }
        }
        Collections.shuffle(copy, random);
        return copy;
    }

    private Event event(String id, Instant at, boolean withConsent) {
        String product = "p-" + random.nextInt(30);
        String category = pick(CATEGORIES);
        int kind = random.nextInt(withConsent ? 18 : 17);
        return switch (kind) {
            case 0 ->
                    new PageView(id, at, identity, "s-1", "https://shop.example/" + product, null);
            case 1, 2, 3 -> new ProductView(id, at, identity, "s-1", product, category, money());
            case 4 -> new CategoryView(id, at, identity, null, category);
            case 5 -> new Search(id, at, identity, null, "query", random.nextInt(50));
            case 6 ->
                    new AddToCart(
                            id,
                            at,
                            identity,
                            null,
                            product,
                            category,
                            1 + random.nextInt(3),
                            money());
            case 7 -> new RemoveFromCart(id, at, identity, null, product, 1 + random.nextInt(3));
            case 8 -> new Checkout(id, at, identity, null, money());
            case 9 ->
                    new Purchase(
                            id,
                            at,
                            identity,
                            null,
                            "o-" + id,
                            money(),
                            List.of(new LineItem(product, category, 1, money())));
            case 10 ->
                    new Signup(
                            id,
                            at,
                            identity,
                            null,
                            pick(List.of("trial", "pro")),
                            1 + random.nextInt(20),
                            "25-34",
                            "en",
                            "emea");
            case 11 -> new FeatureUsed(id, at, identity, null, pick(FEATURES));
            case 12 -> new OnboardingStepCompleted(id, at, identity, null, pick(FEATURES), 4);
            case 13 ->
                    new Impression(
                            id, at, identity, null, "d-" + id, "hero", "v-" + random.nextInt(3));
            case 14 -> new Click(id, at, identity, null, "d-" + id, "hero", "v-1");
            case 15 -> new Conversion(id, at, identity, null, "d-" + id, "purchase", money());
            case 16 ->
                    random.nextBoolean()
                            ? new Bounce(id, at, identity, null, null)
                            : new SupportTicket(id, at, identity, null, "billing");
            default ->
                    new Consent(
                            id,
                            at,
                            identity,
                            null,
                            Privacy.PERSONALIZATION,
                            random.nextInt(3) == 0
                                    ? ConsentStatus.WITHDRAWN
                                    : ConsentStatus.GRANTED);
        };
    }

    private Money money() {
        return Money.of(random.nextInt(20_000) / 100 + "." + random.nextInt(10), "EUR");
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    static Login login(String id, Instant at, Identity identity) {
        return new Login(id, at, identity, null);
    }
}
