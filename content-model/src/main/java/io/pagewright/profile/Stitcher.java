package io.pagewright.profile;

import io.pagewright.event.Event;
import io.pagewright.event.IdentityKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        Map<Boolean, List<Profile>> byOtherUser =
                live.stream()
                        .collect(
                                Collectors.partitioningBy(owner ->
                                        owner.userId().isPresent()
                                                && !owner.userId().equals(user)));
        List<Profile> others = byOtherUser.get(true);
        Profile survivor =
                byOtherUser.get(false).stream()
                        .reduce(profiler::merge)
                        .orElseGet(() -> Profile.empty(newId.get()))
                        .withIdentities(withoutKeptByOthers(keys, others));
        List<IdentityChange> changes = new ArrayList<>();
        List<Profile> absorbed = new ArrayList<>(leftovers(owners, live));
        for (Profile merged : byOtherUser.get(false)) {
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
        return new Stitch(survivor, absorbed, detach(survivor, others, event, changes), changes);
    }

    /** Moves the event's weak identifiers away from other users' profiles. */
    private static List<Profile> detach(
            Profile survivor, List<Profile> others, Event event, List<IdentityChange> changes) {
        List<Profile> detached = new ArrayList<>();
        for (Profile other : others) {
            Set<IdentityKey> moved = weak(shared(other, event.identity().keys()));
            if (!moved.isEmpty()) {
                detached.add(other.withoutIdentities(moved));
                changes.add(
                        new IdentityChange.Detached(
                                other.id(),
                                survivor.id(),
                                moved,
                                event.eventId(),
                                event.occurredAt()));
            }
        }
        return detached;
    }

    /** Strong identifiers (an email hash) another user's profile holds stay there, not in two. */
    private static Set<IdentityKey> withoutKeptByOthers(
            Set<IdentityKey> keys, List<Profile> others) {
        return keys.stream()
                .filter(key ->
                        key.kind().isWeak()
                                || others.stream().noneMatch(o -> o.identities().contains(key)))
                .collect(Collectors.toSet());
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
