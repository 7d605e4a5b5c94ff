package io.pagewright.profile;

import io.pagewright.event.IdentityKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link ProfileStore} in a map, for tests; scans for identities, as a fake may. */
public class InMemoryProfileStore implements ProfileStore {

    private final Map<ProfileId, StoredProfile> byId = new TreeMap<>();

    @Override
    public synchronized Optional<StoredProfile> find(ProfileId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<StoredProfile> findByIdentities(Collection<IdentityKey> keys) {
        return byId.values().stream()
                .filter(stored -> keys.stream().anyMatch(stored.profile().identities()::contains))
                .toList();
    }

    @Override
    public synchronized long save(Profile profile, long expectedVersion) {
        long current = versionOf(profile.id());
        if (current != expectedVersion) {
            throw new StaleProfileException(profile.id(), expectedVersion);
        }
        byId.put(profile.id(), new StoredProfile(profile, current + 1));
        return current + 1;
    }

    @Override
    public synchronized void delete(ProfileId id, long expectedVersion) {
        long current = versionOf(id);
        if (current == NEW) {
            return;
        }
        if (current != expectedVersion) {
            throw new StaleProfileException(id, expectedVersion);
        }
        byId.remove(id);
    }

    public synchronized List<Profile> all() {
        return byId.values().stream().map(StoredProfile::profile).toList();
    }

    private long versionOf(ProfileId id) {
        StoredProfile stored = byId.get(id);
        return stored == null ? NEW : stored.version();
    }
}
