package io.pagewright.profile;

import io.pagewright.event.AcceptanceWindow;
import io.pagewright.event.Event;
import io.pagewright.event.EventLog;
import io.pagewright.event.IdentityKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The observe step: takes validated events, finds or stitches the profile each belongs to, folds
 * them in and saves it. Events are grouped by the identifiers they carry; each group is one
 * read-stitch-fold-save, retried when a concurrent writer got there first. Safe to call again with
 * the same events: folding ignores ids a profile has seen and the event log ignores ids it holds.
 */
public final class EventIngestion {

    private static final int ATTEMPTS = 5;
    private static final Comparator<Event> OCCURRENCE =
            Comparator.comparing(Event::occurredAt).thenComparing(Event::eventId);

    private final ProfileStore profiles;
    private final EventLog eventLog;
    private final IdentityLog identityLog;
    private final Profiler profiler;
    private final Stitcher stitcher;
    private final AcceptanceWindow window;
    private final Clock clock;
    private final Supplier<ProfileId> newIds;

    public EventIngestion(
            ProfileStore profiles,
            EventLog eventLog,
            IdentityLog identityLog,
            Profiler profiler,
            AcceptanceWindow window,
            Clock clock,
            Supplier<ProfileId> newIds) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.eventLog = Objects.requireNonNull(eventLog, "eventLog");
        this.identityLog = Objects.requireNonNull(identityLog, "identityLog");
        this.profiler = Objects.requireNonNull(profiler, "profiler");
        this.stitcher = new Stitcher(profiler);
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.newIds = Objects.requireNonNull(newIds, "newIds");
        if (profiler.settings()
                        .affinityRetention()
                        .compareTo(window.maxAge().plus(window.maxLead()))
                <= 0) {
            // Otherwise an accepted late view could be dropped or kept depending on arrival order.
            throw new IllegalArgumentException(
                    "affinityRetention must exceed the acceptance window");
        }
    }

    /** Ingests events that passed {@link io.pagewright.event.EventValidator}. */
    public IngestionReceipt ingest(List<Event> accepted) {
        int newEvents = 0;
        List<ProfileId> touched = new ArrayList<>();
        List<IdentityChange> changes = new ArrayList<>();
        for (List<Event> group : byIdentity(accepted)) {
            Outcome outcome = withRetries(group);
            newEvents += outcome.newEvents();
            touched.removeIf(id -> outcome.absorbed().contains(id));
            if (!touched.contains(outcome.profile())) {
                touched.add(outcome.profile());
            }
            changes.addAll(outcome.changes());
        }
        return new IngestionReceipt(newEvents, touched, changes);
    }

    private record Outcome(
            ProfileId profile,
            int newEvents,
            List<ProfileId> absorbed,
            List<IdentityChange> changes) {}

    private Outcome withRetries(List<Event> group) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ingestGroup(group);
            } catch (StaleProfileException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Outcome ingestGroup(List<Event> group) {
        Event first = group.getFirst();
        List<StoredProfile> owners = profiles.findByIdentities(first.identity().keys());
        Stitch stitch =
                stitcher.stitch(
                        first, owners.stream().map(StoredProfile::profile).toList(), newIds);
        Profile before = stitch.profile();
        Profile after =
                profiler.record(before, group)
                        .forgetEventsBefore(window.oldestAcceptedAt(clock.instant()));
        profiles.save(after, versionOf(owners, after.id()));
        for (Profile detached : stitch.detached()) {
            profiles.save(detached, versionOf(owners, detached.id()));
        }
        stitch.changes().forEach(identityLog::record);
        for (Profile absorbed : stitch.absorbed()) {
            profiles.delete(absorbed.id(), versionOf(owners, absorbed.id()));
        }
        eventLog.append(group.stream().filter(event -> Privacy.mayKeep(event, after)).toList());
        int fresh =
                (int)
                        group.stream()
                                .map(Event::eventId)
                                .distinct()
                                .filter(id -> !before.seenEvents().contains(id))
                                .count();
        List<ProfileId> absorbed = stitch.absorbed().stream().map(Profile::id).toList();
        return new Outcome(after.id(), fresh, absorbed, stitch.changes());
    }

    /** Events grouped by the identifiers they carry, groups in order of their first event. */
    private static List<List<Event>> byIdentity(List<Event> events) {
        Map<Set<IdentityKey>, List<Event>> groups = new LinkedHashMap<>();
        events.stream()
                .sorted(OCCURRENCE)
                .forEach(event ->
                        groups.computeIfAbsent(event.identity().keys(), k -> new ArrayList<>())
                                .add(event));
        return List.copyOf(groups.values());
    }

    private static long versionOf(List<StoredProfile> owners, ProfileId id) {
        return owners.stream()
                .filter(owner -> owner.profile().id().equals(id))
                .mapToLong(StoredProfile::version)
                .findFirst()
                .orElse(ProfileStore.NEW);
    }
}
