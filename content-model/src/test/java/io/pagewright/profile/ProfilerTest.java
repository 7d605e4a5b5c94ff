package io.pagewright.profile;

import static io.pagewright.profile.Journeys.PROFILER;
import static io.pagewright.profile.Journeys.add;
import static io.pagewright.profile.Journeys.consented;
import static io.pagewright.profile.Journeys.feature;
import static io.pagewright.profile.Journeys.grant;
import static io.pagewright.profile.Journeys.minute;
import static io.pagewright.profile.Journeys.purchase;
import static io.pagewright.profile.Journeys.signup;
import static io.pagewright.profile.Journeys.view;
import static io.pagewright.profile.Journeys.withdraw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pagewright.event.EventType;
import io.pagewright.event.Identity;
import io.pagewright.event.Impression;
import io.pagewright.event.OnboardingStepCompleted;
import io.pagewright.event.RemoveFromCart;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfilerTest {

    @Test
    void keepsTheLastTenProductViewsLatestFirstWhateverTheArrivalOrder() {
        List<io.pagewright.event.Event> views = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            views.add(view("v-" + i, i, "p-" + i, "shoes"));
        }

        Profile profile = consented(views.reversed().toArray(io.pagewright.event.Event[]::new));

        assertThat(profile.behavior().recentProductViews().latest())
                .extracting(ViewedProduct::productId)
                .containsExactly(
                        "p-13", "p-12", "p-11", "p-10", "p-9", "p-8", "p-7", "p-6", "p-5", "p-4");
    }

    @Test
    void categoryAffinityHalvesEveryHalfLifeAndRanksByDecayedWeight() {
        long week = Duration.ofDays(7).toMinutes();
        Profile profile =
                consented(
                        view("v-1", 0, "p-1", "tents"),
                        view("v-2", 1, "p-2", "tents"),
                        view("v-3", 2, "p-3", "tents"),
                        view("v-4", 2 * week, "p-4", "socks"),
                        view("v-5", 2 * week + 1, "p-5", "socks"));
        CategoryAffinity affinity = profile.behavior().categoryAffinity();

        // Three tent views two half-lives ago weigh 0.75; two sock views now weigh 2.
        assertThat(affinity.ranking()).containsExactly("socks", "tents");
        assertThat(affinity.affinity("tents", minute(2 * week), ProfileSettings.DEFAULT))
                .isCloseTo(0.75, within(0.01));
        assertThat(affinity.affinity("tents", minute(3 * week), ProfileSettings.DEFAULT))
                .isCloseTo(0.375, within(0.01));
        assertThat(affinity.affinity("boats", minute(0), ProfileSettings.DEFAULT)).isZero();
    }

    @Test
    void aPurchaseEmptiesTheCartEvenWhenItArrivesAfterLaterCartChanges() {
        Profile profile =
                consented(
                        add("a-1", 0, "p-1"),
                        add("a-2", 5, "p-2"),
                        new RemoveFromCart("r-1", minute(6), Journeys.SHOPPER, null, "p-9", 2),
                        add("a-3", 20, "p-3"));
        Profile afterLatePurchase = PROFILER.record(profile, purchase("b-1", 10, "50.00"));

        assertThat(profile.behavior().cart().units())
                .isEqualTo(Map.of("p-1", 1, "p-2", 1, "p-3", 1));
        assertThat(afterLatePurchase.behavior().cart().units()).isEqualTo(Map.of("p-3", 1));
        assertThat(afterLatePurchase.value().purchaseCount()).isEqualTo(1);
        assertThat(afterLatePurchase.value().lifetimeValue("EUR"))
                .contains(new BigDecimal("50.00"));
    }

    @Test
    void aResentEventIsCountedOnce() {
        Profile once = consented(purchase("b-1", 0, "20.00"));

        Profile twice = PROFILER.record(once, purchase("b-1", 0, "20.00"));

        assertThat(twice).isSameAs(once);
        assertThat(twice.value().purchaseCount()).isEqualTo(1);
    }

    @Test
    void withoutConsentOnlyIdentitiesConsentAndEssentialTalliesAreKept() {
        Profile profile =
                PROFILER.record(
                        Profile.empty(ProfileId.of("p-1")),
                        List.of(
                                view("v-1", 0, "p-1", "shoes"),
                                purchase("b-1", 1, "99.00"),
                                signup("s-1", 2, "trial"),
                                new Impression(
                                        "i-1",
                                        minute(3),
                                        Journeys.SHOPPER,
                                        null,
                                        "d-1",
                                        "hero",
                                        "sale")));

        assertThat(profile.identities())
                .containsExactly(io.pagewright.event.IdentityKey.anonymous("c-shopper"));
        assertThat(profile.activity().byType()).containsOnlyKeys(EventType.IMPRESSION);
        assertThat(profile.behavior()).isEqualTo(Behavior.NONE);
        assertThat(profile.value()).isEqualTo(Value.NONE);
        assertThat(profile.traits()).isEqualTo(Traits.NONE);
        assertThat(profile.seenEvents().size()).isEqualTo(4);
    }

    @Test
    void withdrawingPersonalizationErasesWhatWasProfiledAndStopsProfiling() {
        Profile profile =
                consented(
                        view("v-1", 0, "p-1", "shoes"),
                        purchase("b-1", 1, "99.00"),
                        withdraw("w-1", 2),
                        view("v-2", 3, "p-2", "shoes"));

        assertThat(profile.isPersonalized()).isFalse();
        assertThat(profile.consents().personalizationWithdrawnAt()).isEqualTo(minute(2));
        assertThat(profile.behavior()).isEqualTo(Behavior.NONE);
        assertThat(profile.value()).isEqualTo(Value.NONE);
        assertThat(profile.activity().byType()).isEmpty();
    }

    @Test
    void aConsentSentWithTheEventsItCoversAppliesToThemInAnyOrder() {
        List<io.pagewright.event.Event> batch =
                List.of(
                        view("v-1", 1, "p-1", "shoes"),
                        grant("g-1", 0),
                        view("v-2", 2, "p-2", "shoes"));

        Profile profile = PROFILER.record(Profile.empty(ProfileId.of("p-1")), batch);

        assertThat(profile.behavior().recentProductViews().latest()).hasSize(2);
        assertThat(profile.behavior().recentProductViews().latest().getFirst().productId())
                .isEqualTo("p-2");
    }

    @Test
    void timeToFirstValueRunsFromSignupToTheFirstFirstValueFeature() {
        Profiler profiler =
                new Profiler(
                        new ProfileSettings(
                                Duration.ofDays(7),
                                Duration.ofHours(1),
                                Duration.ofDays(56),
                                10,
                                100,
                                java.util.Set.of("report-builder")));
        Profile granted = profiler.record(Profile.empty(ProfileId.of("p-1")), grant("g-0", -1));

        Profile profile =
                profiler.record(
                        granted,
                        List.of(
                                signup("s-1", 0, "trial"),
                                feature("f-1", 30, "settings"),
                                feature("f-2", 90, "report-builder"),
                                feature("f-3", 95, "report-builder")));

        assertThat(profile.timeToFirstValue()).contains(Duration.ofMinutes(90));
        assertThat(profile.behavior().featuresUsed().get("report-builder").count()).isEqualTo(2);
        assertThat(profile.value().plan()).contains("trial");
        assertThat(Latest.valueOf(profile.traits().ageBand())).isEqualTo("25-34");
    }

    @Test
    void onboardingProgressCountsDistinctStepsOfTheFlow() {
        Identity shopper = Journeys.SHOPPER;
        Profile profile =
                consented(
                        new OnboardingStepCompleted("o-1", minute(0), shopper, null, "profile", 4),
                        new OnboardingStepCompleted(
                                "o-2", minute(1), shopper, null, "invite-team", 4),
                        new OnboardingStepCompleted(
                                "o-3", minute(2), shopper, null, "invite-team", 4));

        assertThat(profile.behavior().onboarding().progress()).contains(0.5);
        assertThat(profile.behavior().onboarding().isComplete()).isFalse();
    }

    @Test
    void forgettingOldEventIdsKeepsRecentOnes() {
        Profile profile =
                consented(view("v-1", 0, "p-1", "shoes"), view("v-2", 60, "p-2", "shoes"));

        Profile pruned = profile.forgetEventsBefore(minute(30));

        assertThat(pruned.seenEvents().contains("v-1")).isFalse();
        assertThat(pruned.seenEvents().contains("v-2")).isTrue();
        assertThat(pruned.behavior()).isEqualTo(profile.behavior());
    }
}
