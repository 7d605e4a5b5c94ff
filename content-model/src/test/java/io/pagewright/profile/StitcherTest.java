package io.pagewright.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.event.Identity;
import io.pagewright.event.IdentityKey;
import io.pagewright.event.Login;
import java.util.List;
import org.junit.jupiter.api.Test;

class StitcherTest {

    private static final Stitcher STITCHER = new Stitcher(Journeys.PROFILER);
    private static final String EMAIL = "b".repeat(64);

    @Test
    void theSmallestIdSurvivesWhateverTheOrderOfTheOwners() {
        Profile a = owner("p-a", IdentityKey.anonymous("c-1"));
        Profile b = owner("p-b", IdentityKey.user("u-1"));
        Profile c = owner("p-c", IdentityKey.device("d-1"));
        Login login = login(new Identity("c-1", "u-1", null, "d-1"));

        Stitch forward = STITCHER.stitch(login, List.of(a, b, c), this::noNewId);
        Stitch backward = STITCHER.stitch(login, List.of(c, b, a), this::noNewId);

        assertThat(forward.profile()).isEqualTo(backward.profile());
        assertThat(forward.profile().id()).isEqualTo(ProfileId.of("p-a"));
        assertThat(forward.profile().absorbed())
                .containsExactly(ProfileId.of("p-b"), ProfileId.of("p-c"));
        assertThat(forward.changes())
                .containsExactly(
                        new IdentityChange.Merged(
                                ProfileId.of("p-a"),
                                ProfileId.of("p-b"),
                                java.util.Set.of(IdentityKey.user("u-1")),
                                "l-1",
                                Journeys.minute(0)),
                        new IdentityChange.Merged(
                                ProfileId.of("p-a"),
                                ProfileId.of("p-c"),
                                java.util.Set.of(IdentityKey.device("d-1")),
                                "l-1",
                                Journeys.minute(0)));
    }

    @Test
    void anIdentifierOfAnotherUserIsNeverHeldByTwoProfiles() {
        Profile alice =
                owner(
                        "p-a",
                        IdentityKey.user("u-alice"),
                        IdentityKey.emailHash(EMAIL),
                        IdentityKey.anonymous("c-1"));
        Login bob = login(new Identity("c-1", "u-bob", EMAIL, null));

        Stitch stitch = STITCHER.stitch(bob, List.of(alice), () -> ProfileId.of("p-new"));

        assertThat(stitch.profile().id()).isEqualTo(ProfileId.of("p-new"));
        assertThat(stitch.profile().identities())
                .containsExactly(IdentityKey.anonymous("c-1"), IdentityKey.user("u-bob"));
        assertThat(stitch.detached())
                .singleElement()
                .extracting(Profile::identities)
                .isEqualTo(
                        java.util.Set.of(
                                IdentityKey.emailHash(EMAIL), IdentityKey.user("u-alice")));
        assertThat(stitch.absorbed()).isEmpty();
    }

    @Test
    void anEventForNobodyKnownStartsANewProfile() {
        Stitch stitch =
                STITCHER.stitch(login(Identity.user("u-1")), List.of(), () -> ProfileId.of("p-9"));

        assertThat(stitch.profile().id()).isEqualTo(ProfileId.of("p-9"));
        assertThat(stitch.profile().identities()).containsExactly(IdentityKey.user("u-1"));
        assertThat(stitch.changes()).isEmpty();
    }

    private ProfileId noNewId() {
        throw new AssertionError("no new profile expected");
    }

    private static Profile owner(String id, IdentityKey... keys) {
        return Profile.empty(ProfileId.of(id)).withIdentities(List.of(keys));
    }

    private static Login login(Identity identity) {
        return new Login("l-1", Journeys.minute(0), identity, null);
    }
}
