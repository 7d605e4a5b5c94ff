package io.pagewright.profile;

import io.pagewright.event.Consent;
import io.pagewright.event.Event;
import io.pagewright.event.EventType;
import java.util.Set;

/**
 * What a profile may hold without consent. Behavior, value and traits are profiled only while the
 * visitor's latest answer for {@value #PERSONALIZATION} is "granted"; withdrawing it erases them.
 * Without it a profile keeps only what running the service needs: its identities (to honor the
 * answer on every device and to erase on request), the consent answers, the ids of recent events
 * (so resends are not counted) and tallies of {@link #ESSENTIAL} events (frequency caps, decision
 * outcomes).
 */
public final class Privacy {

    /** The consent purpose that allows building a behavioral profile. */
    public static final String PERSONALIZATION = "personalization";

    /** Event types tallied with or without consent. */
    public static final Set<EventType> ESSENTIAL =
            Set.of(EventType.IMPRESSION, EventType.CLICK, EventType.CONVERSION);

    private Privacy() {}

    /** Whether an event may be kept in raw form (the event log) for a visitor with this profile. */
    public static boolean mayKeep(Event event, Profile profile) {
        return event instanceof Consent
                || ESSENTIAL.contains(event.type())
                || profile.isPersonalized();
    }
}
