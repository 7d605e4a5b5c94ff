package io.pagewright.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.event.AcceptanceWindow;
import io.pagewright.event.Consent;
import io.pagewright.event.ConsentStatus;
import io.pagewright.event.Event;
import io.pagewright.event.Identity;
import io.pagewright.event.IdentityKey;
import io.pagewright.event.InMemoryEventLog;
import io.pagewright.event.LineItem;
import io.pagewright.event.Login;
import io.pagewright.event.Money;
import io.pagewright.event.ProductView;
import io.pagewright.event.Purchase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventIngestionTest {

    private static final Instant NOW = Journeys.minute(60);
    private static final Identity PHONE = Identity.anonymous("c-phone");
    private static final Identity LAPTOP = Identity.anonymous("c-laptop");

    private final InMemoryProfileStore store = new InMemoryProfileStore();
    private final InMemoryEventLog eventLog = new InMemoryEventLog();
    private final InMemoryIdentityLog identityLog = new InMemoryIdentityLog();
    private final AtomicInteger ids = new AtomicInteger();
    private final EventIngestion ingestion = ingestion(store);

    @Test
    void loginStitchesTheAnonymousHistoryIntoTheKnownProfileAndLogsTheMerge() {
        ingestion.ingest(List.of(grant("g-1", 0, PHONE), view("v-1", 1, PHONE, "tents")));
        ingestion.ingest(
                List.of(
                        grant("g-2", 2, Identity.user("u-1")),
                        purchase("b-1", 3, Identity.user("u-1"))));

        IngestionReceipt receipt = ingestion.ingest(List.of(login("l-1", 4, "c-phone", "u-1")));

        Profile person = store.all().getFirst();
        assertThat(store.all()).hasSize(1);
        assertThat(person.id()).isEqualTo(ProfileId.of("p-1"));
        assertThat(person.identities())
                .containsExactly(IdentityKey.anonymous("c-phone"), IdentityKey.user("u-1"));
        assertThat(person.behavior().recentProductViews().latest()).hasSize(1);
        assertThat(person.value().purchaseCount()).isEqualTo(1);
        assertThat(receipt.profiles()).containsExactly(ProfileId.of("p-1"));
        assertThat(identityLog.all())
                .containsExactly(
                        new IdentityChange.Merged(
                                ProfileId.of("p-1"),
                                ProfileId.of("p-2"),
                                java.util.Set.of(IdentityKey.user("u-1")),
                                "l-1",
                                Journeys.minute(4)));
    }

    @Test
    void twoDevicesOfOneUserConvergeToTheSameProfileWhicheverLogsInFirst() {
        Profile phoneFirst = twoDevices(true);
        Profile laptopFirst = twoDevices(false);

        assertThat(phoneFirst.identities())
                .containsExactly(
                        IdentityKey.anonymous("c-laptop"),
                        IdentityKey.anonymous("c-phone"),
                        IdentityKey.user("u-1"));
        assertThat(laptopFirst.withAbsorbed(java.util.Set.of()))
                .isEqualTo(phoneFirst.withAbsorbed(java.util.Set.of()));
        assertThat(phoneFirst.behavior().categoryAffinity().ranking())
                .containsExactly("tents", "socks");
    }

    @Test
    void resendingABatchChangesNothing() {
        List<Event> batch =
                List.of(
                        grant("g-1", 0, PHONE),
                        view("v-1", 1, PHONE, "tents"),
                        purchase("b-1", 2, PHONE));
        IngestionReceipt first = ingestion.ingest(batch);
        Profile before = store.all().getFirst();

        IngestionReceipt again = ingestion.ingest(batch);

        assertThat(first.newEvents()).isEqualTo(3);
        assertThat(again.newEvents()).isZero();
        assertThat(store.all()).containsExactly(before);
        assertThat(eventLog.all()).hasSize(3);
    }

    @Test
    void aSharedDeviceMovesToTheUserWhoSignedInLastWithoutMergingTwoUsers() {
        ingestion.ingest(List.of(grant("g-1", 0, PHONE), login("l-1", 1, "c-phone", "u-alice")));
        ingestion.ingest(List.of(purchase("b-1", 2, PHONE)));

        ingestion.ingest(List.of(login("l-2", 3, "c-phone", "u-bob")));

        Profile alice = profileOf(IdentityKey.user("u-alice"));
        Profile bob = profileOf(IdentityKey.user("u-bob"));
        assertThat(alice.identities()).containsExactly(IdentityKey.user("u-alice"));
        assertThat(alice.value().purchaseCount()).isEqualTo(1);
        assertThat(bob.identities())
                .containsExactly(IdentityKey.anonymous("c-phone"), IdentityKey.user("u-bob"));
        assertThat(bob.value().purchaseCount()).isZero();
        assertThat(identityLog.all().getLast()).isInstanceOf(IdentityChange.Detached.class);
    }

    @Test
    void aConcurrentWriterMakesTheSaveRetryWithoutLosingEither() {
        ingestion.ingest(List.of(grant("g-1", 0, PHONE)));
        InMemoryProfileStore racing =
                new InMemoryProfileStore() {
                    private boolean raced;

                    @Override
                    public synchronized long save(Profile profile, long expectedVersion) {
                        if (!raced) {
                            raced = true;
                            // Another node folds a view into the stored profile meanwhile.
                            Profile stored = store.find(profile.id()).orElseThrow().profile();
                            store.save(
                                    Journeys.PROFILER.record(
                                            stored, view("v-other", 5, PHONE, "socks")),
                                    expectedVersion);
                        }
                        return store.save(profile, expectedVersion);
                    }

                    @Override
                    public synchronized List<StoredProfile> findByIdentities(
                            java.util.Collection<IdentityKey> keys) {
                        return store.findByIdentities(keys);
                    }
                };

        ingestion(racing).ingest(List.of(view("v-mine", 6, PHONE, "tents")));

        assertThat(store.all().getFirst().behavior().recentProductViews().latest())
                .extracting(ViewedProduct::eventId)
                .containsExactly("v-mine", "v-other");
    }

    @Test
    void aLeftoverOfAnAbsorbedProfileIsDeletedNotMergedAgain() {
        ingestion.ingest(List.of(grant("g-1", 0, PHONE), purchase("b-1", 1, PHONE)));
        ingestion.ingest(List.of(grant("g-2", 0, LAPTOP)));
        Profile phone = profileOf(IdentityKey.anonymous("c-phone"));
        Profile laptop = profileOf(IdentityKey.anonymous("c-laptop"));
        Profile merged =
                Journeys.PROFILER
                        .merge(phone, laptop)
                        .withIdentities(List.of(IdentityKey.user("u-1")));
        // A crash after saving the survivor but before deleting the absorbed profile:
        store.save(merged, store.find(merged.id()).orElseThrow().version());

        ingestion.ingest(List.of(login("l-1", 2, "c-laptop", "u-1")));

        assertThat(store.all()).hasSize(1);
        assertThat(store.all().getFirst().value().purchaseCount()).isEqualTo(1);
    }

    @Test
    void rawEventsOfAVisitorWithoutConsentAreNotLogged() {
        ingestion.ingest(List.of(view("v-1", 1, PHONE, "tents")));

        assertThat(eventLog.all()).isEmpty();
        assertThat(store.all().getFirst().seenEvents().contains("v-1")).isTrue();
    }

    private Profile twoDevices(boolean phoneFirst) {
        ids.set(0);
        InMemoryProfileStore devices = new InMemoryProfileStore();
        EventIngestion ingest = ingestion(devices);
        ingest.ingest(
                List.of(
                        grant("g-p", 0, PHONE),
                        view("v-p", 1, PHONE, "tents"),
                        view("v-p2", 2, PHONE, "tents")));
        ingest.ingest(List.of(grant("g-l", 0, LAPTOP), view("v-l", 3, LAPTOP, "socks")));
        Login phone = login("l-p", 10, "c-phone", "u-1");
        Login laptop = login("l-l", 11, "c-laptop", "u-1");
        ingest.ingest(List.of(phoneFirst ? phone : laptop));
        ingest.ingest(List.of(phoneFirst ? laptop : phone));
        assertThat(devices.all()).hasSize(1);
        return devices.all().getFirst();
    }

    private Profile profileOf(IdentityKey key) {
        return store.findByIdentities(List.of(key)).getFirst().profile();
    }

    private EventIngestion ingestion(ProfileStore profiles) {
        return new EventIngestion(
                profiles,
                eventLog,
                identityLog,
                Journeys.PROFILER,
                AcceptanceWindow.DEFAULT,
                Clock.fixed(NOW, ZoneOffset.UTC),
                () -> ProfileId.of("p-" + ids.incrementAndGet()));
    }

    private static Consent grant(String id, long minute, Identity identity) {
        return new Consent(
                id,
                Journeys.minute(minute),
                identity,
                null,
                Privacy.PERSONALIZATION,
                ConsentStatus.GRANTED);
    }

    private static ProductView view(String id, long minute, Identity identity, String category) {
        return new ProductView(
                id, Journeys.minute(minute), identity, null, "p-" + id, category, null);
    }

    private static Purchase purchase(String id, long minute, Identity identity) {
        Money value = Money.of("30.00", "EUR");
        return new Purchase(
                id,
                Journeys.minute(minute),
                identity,
                null,
                "o-" + id,
                value,
                List.of(new LineItem("p-1", null, 1, value)));
    }

    private static Login login(String id, long minute, String anonymousId, String userId) {
        return new Login(
                id, Journeys.minute(minute), new Identity(anonymousId, userId, null, null), null);
    }
}
