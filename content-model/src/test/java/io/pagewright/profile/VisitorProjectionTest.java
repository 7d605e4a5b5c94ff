package io.pagewright.profile;

import static io.pagewright.profile.Journeys.add;
import static io.pagewright.profile.Journeys.consented;
import static io.pagewright.profile.Journeys.minute;
import static io.pagewright.profile.Journeys.purchase;
import static io.pagewright.profile.Journeys.signup;
import static io.pagewright.profile.Journeys.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.pagewright.decision.Visitor;
import io.pagewright.event.Consent;
import io.pagewright.event.ConsentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitorProjectionTest {

    private static final VisitorProjection PROJECTION =
            new VisitorProjection(DerivationRules.DEFAULT);

    @Test
    void aConsentedProfileBecomesFlatAttributesWithTheRequestWinningForContext() {
        Profile profile =
                Journeys.PROFILER.record(
                        consented(
                                signup("s-1", 0, "pro"),
                                purchase("b-1", 1, "250.00"),
                                view("v-1", 2, "p-1", "tents"),
                                add("a-1", 3, "p-1")),
                        new Consent(
                                "c-m",
                                minute(4),
                                Journeys.SHOPPER,
                                null,
                                "marketing",
                                ConsentStatus.WITHDRAWN));
        RequestContext request =
                new RequestContext(minute(10), "mobile", "apac", "email", null, "evening");

        Visitor visitor = PROJECTION.visitor(profile, request);

        assertThat(visitor.visitorId()).isEqualTo("p-1");
        assertThat(visitor.attributes())
                .containsOnly(
                        entry("consent.personalization", true),
                        entry("consent.marketing", false),
                        entry("recentProducts", java.util.List.of("p-1")),
                        entry("lastPurchaseProducts", java.util.List.of("p-1")),
                        entry("intent", "ready-to-buy"),
                        entry("lifecycleStage", "first-time-buyer"),
                        entry("ltvBand", "medium"),
                        entry("ageBand", "25-34"),
                        entry("region", "apac"),
                        entry("locale", "de-CH"),
                        entry("planTier", "pro"),
                        entry("teamSize", 8),
                        entry("purchaseCount", 1L),
                        entry("cartSize", 1),
                        entry("topCategory", "tents"),
                        entry("device", "mobile"),
                        entry("trafficSource", "email"),
                        entry("timeOfDay", "evening"));
    }

    @Test
    void withoutConsentTheVisitorCarriesOnlyConsentAndTheRequest() {
        Profile profile =
                Journeys.PROFILER.record(
                        Profile.empty(ProfileId.of("p-2")),
                        List.of(view("v-1", 0, "p-1", "tents"), purchase("b-1", 1, "10.00")));

        Visitor visitor =
                PROJECTION.visitor(
                        profile, new RequestContext(minute(2), "desktop", null, null, "en", null));

        assertThat(visitor.attributes())
                .containsOnly(
                        entry("consent.personalization", false),
                        entry("device", "desktop"),
                        entry("locale", "en"));
        assertThat(visitor.intent()).isEmpty();
    }

    @Test
    void anUnknownVisitorGetsTheRequestContext() {
        Visitor visitor =
                PROJECTION.unknown(
                        "c-new",
                        new RequestContext(minute(0), "mobile", "emea", "social", null, null));

        assertThat(visitor.visitorId()).isEqualTo("c-new");
        assertThat(visitor.attributes())
                .containsOnly(
                        entry("consent.personalization", false),
                        entry("device", "mobile"),
                        entry("region", "emea"),
                        entry("trafficSource", "social"));
    }
}
