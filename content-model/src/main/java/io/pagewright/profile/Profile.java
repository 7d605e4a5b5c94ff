package io.pagewright.profile;

import io.pagewright.event.IdentityKey;
import io.pagewright.event.IdentityKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Pagewright knows about one person, computed from their events by a {@link Profiler}:
 * identities, consent, behavior, value and traits. Everything a resolve reads is precomputed here;
 * {@link VisitorProjection} only looks things up. The record is also the profile's JSON document
 * (for storage and for a person's data export).
 *
 * @param id the canonical id; the smallest id survives a merge
 * @param identities every identifier known to belong to this person (what an erase must cover)
 * @param consents the latest consent answer per purpose
 * @param seenEvents the ids of recent events folded in, so that resends are ignored
 * @param activity a tally per event type
 * @param behavior views, affinity, cart, features, onboarding; empty without personalization
 * @param value purchases, lifetime value, plan tier, team size; empty without personalization
 * @param traits age band, locale, region, signup; empty without personalization
 * @param absorbed the ids of the profiles merged into this one, so that a leftover copy of one (a
 *     store that saves the survivor before deleting the absorbed) is recognized, not re-merged
 */
public record Profile(
        ProfileId id,
        Set<IdentityKey> identities,
        Consents consents,
        SeenEvents seenEvents,
        Activity activity,
        Behavior behavior,
        Value value,
        Traits traits,
        Set<ProfileId> absorbed) {

    public Profile {
        Objects.requireNonNull(id, "id");
        identities = Collections.unmodifiableSet(new TreeSet<>(identities));
        Objects.requireNonNull(consents, "consents");
        Objects.requireNonNull(seenEvents, "seenEvents");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(behavior, "behavior");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(traits, "traits");
        absorbed = Collections.unmodifiableSet(new TreeSet<>(absorbed));
    }

    public static Profile empty(ProfileId id) {
        return new Profile(
                id,
                Set.of(),
                Consents.NONE,
                SeenEvents.NONE,
                Activity.NONE,
                Behavior.NONE,
                Value.NONE,
                Traits.NONE,
                Set.of());
    }

    /** True while the visitor's latest answer for personalization is "granted". */
    public boolean isPersonalized() {
        return consents.granted(Privacy.PERSONALIZATION);
    }

    /** The signed-in user this profile belongs to; a profile never holds two. */
    public Optional<String> userId() {
        return identities.stream()
                .filter(key -> key.kind() == IdentityKind.USER)
                .map(IdentityKey::value)
                .findFirst();
    }

    /** From signup to the first use of a first-value feature; zero if value came first. */
    public Optional<Duration> timeToFirstValue() {
        Instant signedUp = traits.signedUpAt();
        Instant firstValue = behavior.firstValueAt();
        if (signedUp == null || firstValue == null) {
            return Optional.empty();
        }
        Duration duration = Duration.between(signedUp, firstValue);
        return Optional.of(duration.isNegative() ? Duration.ZERO : duration);
    }

    /**
     * Forgets the ids of events that occurred before {@code horizon}. Safe for any horizon up to
     * {@link io.pagewright.event.AcceptanceWindow#oldestAcceptedAt(Instant)}, since older resends
     * are refused before they reach a profile.
     */
    public Profile forgetEventsBefore(Instant horizon) {
        return with(seenEvents.forgetBefore(horizon));
    }

    Profile withIdentities(Collection<IdentityKey> keys) {
        if (identities.containsAll(keys)) {
            return this;
        }
        Set<IdentityKey> all = new TreeSet<>(identities);
        all.addAll(keys);
        return new Profile(
                id, all, consents, seenEvents, activity, behavior, value, traits, absorbed);
    }

    Profile withoutIdentities(Collection<IdentityKey> keys) {
        Set<IdentityKey> kept = new TreeSet<>(identities);
        kept.removeAll(keys);
        return new Profile(
                id, kept, consents, seenEvents, activity, behavior, value, traits, absorbed);
    }

    Profile with(Consents next) {
        return new Profile(
                id, identities, next, seenEvents, activity, behavior, value, traits, absorbed);
    }

    Profile with(SeenEvents next) {
        return new Profile(
                id, identities, consents, next, activity, behavior, value, traits, absorbed);
    }

    Profile with(Activity next) {
        return new Profile(
                id, identities, consents, seenEvents, next, behavior, value, traits, absorbed);
    }

    Profile with(Behavior next) {
        return new Profile(
                id, identities, consents, seenEvents, activity, next, value, traits, absorbed);
    }

    Profile with(Value next) {
        return new Profile(
                id, identities, consents, seenEvents, activity, behavior, next, traits, absorbed);
    }

    Profile with(Traits next) {
        return new Profile(
                id, identities, consents, seenEvents, activity, behavior, value, next, absorbed);
    }

    /** This profile with only what {@link Privacy} allows without consent. */
    Profile withoutPersonalData() {
        return new Profile(
                id,
                identities,
                consents,
                seenEvents,
                activity.essentialOnly(),
                Behavior.NONE,
                Value.NONE,
                Traits.NONE,
                absorbed);
    }

    Profile withAbsorbed(Set<ProfileId> next) {
        return new Profile(
                id, identities, consents, seenEvents, activity, behavior, value, traits, next);
    }
}
