package io.pagewright.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.event.IdentityKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProfileCacheTest {

    private final AtomicLong clock = new AtomicLong(1_000);
    private final AtomicInteger loads = new AtomicInteger();
    private final ProfileCache cache = new ProfileCache(2, 1_000, clock::get);

    private Optional<Profile> load(IdentityKey key) {
        loads.incrementAndGet();
        return Optional.of(Profile.empty(new ProfileId("p-" + key.value())));
    }

    @Test
    void servesFromMemoryWithinTheTimeToLiveAndReloadsAfter() {
        IdentityKey key = IdentityKey.anonymous("c-1");
        cache.get(key, this::load);
        clock.addAndGet(999);
        cache.get(key, this::load);
        assertThat(loads).hasValue(1);

        clock.addAndGet(1);
        cache.get(key, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void invalidationForcesAReload() {
        IdentityKey key = IdentityKey.user("u-1");
        cache.get(key, this::load);
        cache.invalidate(List.of(key));
        cache.get(key, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aLoadOvertakenByAnInvalidationIsAnsweredButNotKept() {
        IdentityKey key = IdentityKey.user("u-2");
        // the store is read, then a fold commits a change to the profile and invalidates it
        Optional<Profile> answered =
                cache.get(
                        key,
                        k -> {
                            Optional<Profile> before = load(k);
                            cache.invalidate(List.of(k));
                            return before;
                        });

        assertThat(answered).isPresent();
        assertThat(cache.peek(key)).isEmpty();
        cache.get(key, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aClearDuringALoadKeepsItOutOfTheCacheToo() {
        IdentityKey key = IdentityKey.anonymous("c-2");
        cache.get(
                key,
                k -> {
                    Optional<Profile> before = load(k);
                    cache.clear();
                    return before;
                });

        assertThat(cache.peek(key)).isEmpty();
    }

    @Test
    void anAbsentProfileIsCachedToo() {
        IdentityKey key = IdentityKey.anonymous("nobody");
        cache.get(
                key,
                k -> {
                    loads.incrementAndGet();
                    return Optional.empty();
                });
        assertThat(cache.get(key, this::load)).isEmpty();
        assertThat(loads).hasValue(1);
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
        IdentityKey a = IdentityKey.anonymous("a");
        IdentityKey b = IdentityKey.anonymous("b");
        IdentityKey c = IdentityKey.anonymous("c");
        cache.get(a, this::load);
        cache.get(b, this::load);
        cache.get(a, this::load);
        cache.get(c, this::load);
        assertThat(cache.size()).isEqualTo(2);
        int before = loads.get();
        cache.get(a, this::load);
        assertThat(loads).hasValue(before);
        cache.get(b, this::load);
        assertThat(loads).hasValue(before + 1);
    }
}
