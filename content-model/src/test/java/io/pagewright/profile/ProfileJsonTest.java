package io.pagewright.profile;

import static io.pagewright.profile.Journeys.add;
import static io.pagewright.profile.Journeys.consented;
import static io.pagewright.profile.Journeys.feature;
import static io.pagewright.profile.Journeys.purchase;
import static io.pagewright.profile.Journeys.signup;
import static io.pagewright.profile.Journeys.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.event.OnboardingStepCompleted;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The profile record is its own JSON document: for the store and for a person's data export. */
class ProfileJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRichProfileRoundTripsThroughJson() {
        Profile profile =
                Journeys.PROFILER.record(
                        consented(
                                signup("s-1", 0, "trial"),
                                view("v-1", 1, "p-1", "tents"),
                                add("a-1", 2, "p-1"),
                                purchase("b-1", 3, "42.50"),
                                add("a-2", 4, "p-2"),
                                feature("f-1", 5, "reports")),
                        List.of(
                                new OnboardingStepCompleted(
                                        "o-1",
                                        Journeys.minute(6),
                                        Journeys.SHOPPER,
                                        null,
                                        "profile",
                                        3)));

        String json = JSON.writeValueAsString(profile);

        assertThat(JSON.readValue(json, Profile.class)).isEqualTo(profile);
        JsonNode tree = JSON.readTree(json);
        assertThat(tree.get("id").asString()).isEqualTo("p-1");
        assertThat(tree.at("/identities/0/kind").asString()).isEqualTo("ANONYMOUS");
        assertThat(tree.at("/activity/byType/purchase/count").asLong()).isEqualTo(1);
        assertThat(tree.at("/value/lastPurchase/value/amount").decimalValue())
                .isEqualByComparingTo("42.50");
        assertThat(tree.at("/consents/byPurpose/personalization/value").asString())
                .isEqualTo("granted");
    }

    @Test
    void settingsDurationsAreWrittenAsIsoText() {
        String json = JSON.writeValueAsString(ProfileSettings.DEFAULT);

        assertThat(JSON.readValue(json, ProfileSettings.class)).isEqualTo(ProfileSettings.DEFAULT);
        assertThat(JSON.readTree(json).get("affinityHalfLife").asString())
                .isEqualTo(Duration.ofDays(7).toString());
    }
}
