package io.pagewright.profile;

import java.util.ArrayList;
import java.util.List;

/** An {@link IdentityLog} in a list, for tests. */
public final class InMemoryIdentityLog implements IdentityLog {

    private final List<IdentityChange> changes = new ArrayList<>();

    @Override
    public synchronized void record(IdentityChange change) {
        changes.add(change);
    }

    @Override
    public synchronized List<IdentityChange> changesOf(ProfileId id) {
        return changes.stream()
                .filter(change ->
                        switch (change) {
                            case IdentityChange.Merged m ->
                                    m.survivor().equals(id) || m.absorbed().equals(id);
                            case IdentityChange.Detached d ->
                                    d.from().equals(id) || d.to().equals(id);
                        })
                .toList();
    }

    public synchronized List<IdentityChange> all() {
        return List.copyOf(changes);
    }
}
