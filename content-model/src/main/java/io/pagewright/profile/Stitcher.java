package io.pagewright.profile;

import io.pagewright.event.Event;
import io.pagewright.event.IdentityKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Decides which profile an event belongs to when its identifiers point at several. All of them are
 * one person and are merged (the smallest id survives), except that two signed-in users are never
 * merged: a profile of another user keeps its history, and only the shared browser or device
 * identifiers move to the user who signed in last.
 */
public final class Stitcher {

    private final Profiler profiler;

    public Stitcher(Profiler profiler) {
        this.profiler = Objects.requireNonNull(profiler, "profiler");
    }

    /**
     * @param owners the stored profiles holding any of the event's identifiers, possibly none
     * @param newId where the id comes from when the event needs a new profile
     */
    public Stitch stitch(Event event, List<Profile> owners, Supplier<ProfileId> newId) {
        Set<IdentityKey> keys = event.identity().keys();
        List<Profile> live = withoutLeftovers(owners);
        Optional<String> user = user(event, live);
        List<Profile> same = new ArrayList<>();
        List<Profile> others = new ArrayList<>();
        for (Profile owner : live) {
            boolean otherUser = owner.userId().isPresent() && !owner.userId().equals(user);
            (otherUser ? others : same).add(owner);
        }
        Profile survivor =
                same.stream()
                        .reduce(profiler::merge)
                        .orElseGet(() -> Profile.empty(newId.get()))
                        .withIdentities(keys);
        List<IdentityChange> changes = new ArrayList<>();
        List<Profile> absorbed = new ArrayList<>(leftovers(owners, live));
        for (Profile merged : same) {
            if (!merged.id().equals(survivor.id())) {
                absorbed.add(merged);
                changes.add(
                        new IdentityChange.Merged(
                                survivor.id(),
                                merged.id(),
                                shared(merged, keys),
                                event.eventId(),
                                event.occurredAt()));
            }
        }
        List<Profile> detached = new ArrayList<>();
        for (Profile other : others) {
            Set<IdentityKey> moved = weak(shared(other, keys));
            detached.add(other.withoutIdentities(moved));
            changes.add(
                    new IdentityChange.Detached(
                            other.id(), survivor.id(), moved, event.eventId(), event.occurredAt()));
        }
        return new Stitch(survivor, absorbed, detached, changes);
    }

    /** The event's user, else the only user among the owners, else the smallest (deterministic). */
    private static Optional<String> user(Event event, List<Profile> owners) {
        return event.identity()
                .user()
                .or(() ->
                        owners.stream()
                                .map(Profile::userId)
                                .flatMap(Optional::stream)
                                .min(Comparator.naturalOrder()));
    }

    /**
     * Owners already merged into another owner, left behind by a store that had not yet deleted
     * them.
     */
    private static List<Profile> leftovers(List<Profile> owners, List<Profile> live) {
        return owners.stream().filter(owner -> !live.contains(owner)).toList();
    }

    private static List<Profile> withoutLeftovers(List<Profile> owners) {
        Set<ProfileId> absorbed =
                owners.stream()
                        .flatMap(owner -> owner.absorbed().stream())
                        .collect(Collectors.toSet());
        return owners.stream()
                .filter(owner -> !absorbed.contains(owner.id()))
                .sorted(Comparator.comparing(Profile::id))
                .toList();
    }

    private static Set<IdentityKey> shared(Profile profile, Set<IdentityKey> keys) {
        return keys.stream().filter(profile.identities()::contains).collect(Collectors.toSet());
    }

    private static Set<IdentityKey> weak(Set<IdentityKey> keys) {
        return keys.stream().filter(key -> key.kind().isWeak()).collect(Collectors.toSet());
    }
}
