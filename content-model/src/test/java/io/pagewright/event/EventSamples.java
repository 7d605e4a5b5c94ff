package io.pagewright.event;

import java.time.Instant;
import java.util.List;

/** One valid event of every type, for round trips and validation tests. */
public final class EventSamples {

    public static final Instant AT = Instant.parse("2026-03-02T10:15:30Z");
    public static final Identity ANONYMOUS = Identity.anonymous("c-7f3a");

    private EventSamples() {}

    public static List<Event> oneOfEach() {
        Identity known = new Identity("c-7f3a", "u-42", "a".repeat(64), "d-ios-1");
        return List.of(
                new PageView("e-1", AT, ANONYMOUS, "s-1", "https://shop.example/", "Home"),
                new ProductView(
                        "e-2", AT, ANONYMOUS, "s-1", "p-100", "running-shoes", money("89.90")),
                new CategoryView("e-3", AT, ANONYMOUS, "s-1", "running-shoes"),
                new Search("e-4", AT, ANONYMOUS, "s-1", "trail shoes", 12),
                new AddToCart(
                        "e-5", AT, ANONYMOUS, "s-1", "p-100", "running-shoes", 1, money("89.90")),
                new RemoveFromCart("e-6", AT, ANONYMOUS, "s-1", "p-100", 1),
                new Checkout("e-7", AT, ANONYMOUS, "s-1", money("89.90")),
                new Purchase(
                        "e-8",
                        AT,
                        known,
                        "s-1",
                        "o-1",
                        money("89.90"),
                        List.of(new LineItem("p-100", "running-shoes", 1, money("89.90")))),
                new Signup("e-9", AT, known, "s-1", "trial", 5, "25-34", "de-CH", "emea"),
                new Login("e-10", AT, known, "s-1"),
                new FeatureUsed("e-11", AT, known, null, "report-builder"),
                new OnboardingStepCompleted("e-12", AT, known, null, "invite-team", 4),
                new Impression("e-13", AT, ANONYMOUS, "s-1", "d-9", "hero", "spring-sale"),
                new Click("e-14", AT, ANONYMOUS, "s-1", "d-9", "hero", "spring-sale"),
                new Conversion("e-15", AT, ANONYMOUS, "s-1", "d-9", "purchase", money("89.90")),
                new Bounce("e-16", AT, ANONYMOUS, "s-2", "https://shop.example/sale"),
                new SupportTicket("e-17", AT, known, null, "billing"),
                new Consent("e-18", AT, ANONYMOUS, null, "personalization", ConsentStatus.GRANTED));
    }

    public static Money money(String amount) {
        return Money.of(amount, "EUR");
    }
}
