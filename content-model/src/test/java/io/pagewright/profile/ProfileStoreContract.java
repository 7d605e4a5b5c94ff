package io.pagewright.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pagewright.event.IdentityKey;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProfileStore} must do. A real adapter's test extends this class and supplies an
 * empty store; ids are unique per run so a shared index does not leak between tests.
 */
public abstract class ProfileStoreContract {

    private ProfileStore store;
    private String run;

    protected abstract ProfileStore emptyStore();

    @BeforeEach
    void createStore() {
        store = emptyStore();
        run = Long.toHexString(System.nanoTime());
    }

    @Test
    void savesANewProfileAndFindsItByIdAndByEachIdentity() {
        Profile profile = profile("a", key("cookie-a"), IdentityKey.user(run + "-u"));

        long version = store.save(profile, ProfileStore.NEW);

        assertThat(version).isPositive();
        assertThat(store.find(profile.id())).contains(new StoredProfile(profile, version));
        assertThat(store.findByIdentities(List.of(key("cookie-a"))))
                .extracting(StoredProfile::profile)
                .containsExactly(profile);
        assertThat(store.findByIdentities(List.of(IdentityKey.user(run + "-u")))).hasSize(1);
        assertThat(store.findByIdentities(List.of(key("nobody")))).isEmpty();
        assertThat(store.find(id("missing"))).isEmpty();
    }

    @Test
    void findsTheDistinctProfilesOfSeveralIdentitiesOrderedById() {
        Profile b = profile("b", key("cookie-b"));
        Profile a = profile("a", key("cookie-a"), key("device-a"));
        store.save(b, ProfileStore.NEW);
        store.save(a, ProfileStore.NEW);

        List<StoredProfile> found =
                store.findByIdentities(List.of(key("cookie-b"), key("cookie-a"), key("device-a")));

        assertThat(found).extracting(StoredProfile::profile).containsExactly(a, b);
    }

    @Test
    void aSaveNamingAnOldVersionIsRefused() {
        Profile profile = profile("a", key("cookie-a"));
        long first = store.save(profile, ProfileStore.NEW);
        long second = store.save(profile.withIdentities(List.of(key("device-a"))), first);

        assertThat(second).isGreaterThan(first);
        assertThatThrownBy(() -> store.save(profile, first))
                .isInstanceOf(StaleProfileException.class);
        assertThatThrownBy(() -> store.save(profile, ProfileStore.NEW))
                .isInstanceOf(StaleProfileException.class);
        assertThat(store.find(profile.id()).orElseThrow().profile().identities())
                .contains(key("device-a"));
    }

    @Test
    void deletesOnlyTheCurrentVersionAndForgetsItsIdentities() {
        Profile profile = profile("a", key("cookie-a"));
        long version = store.save(profile, ProfileStore.NEW);

        assertThatThrownBy(() -> store.delete(profile.id(), version + 1))
                .isInstanceOf(StaleProfileException.class);
        store.delete(profile.id(), version);
        store.delete(profile.id(), version);

        assertThat(store.find(profile.id())).isEmpty();
        assertThat(store.findByIdentities(List.of(key("cookie-a")))).isEmpty();
    }

    @Test
    void aProfileRoundTripsWithEverythingItKnows() {
        Profile rich =
                Journeys.consented(
                        Journeys.purchase("b-1", 0, "12.00"), Journeys.view("v-1", 1, "p", "c"));
        Profile profile =
                new Profile(
                        id("rich"),
                        rich.identities(),
                        rich.consents(),
                        rich.seenEvents(),
                        rich.activity(),
                        rich.behavior(),
                        rich.value(),
                        rich.traits(),
                        rich.absorbed());

        long version = store.save(profile, ProfileStore.NEW);

        assertThat(store.find(profile.id()).orElseThrow())
                .isEqualTo(new StoredProfile(profile, version));
    }

    private Profile profile(String name, IdentityKey... keys) {
        return Profile.empty(id(name)).withIdentities(List.of(keys));
    }

    private ProfileId id(String name) {
        return ProfileId.of("contract-" + run + "-" + name);
    }

    private IdentityKey key(String name) {
        return IdentityKey.anonymous(run + "-" + name);
    }
}
