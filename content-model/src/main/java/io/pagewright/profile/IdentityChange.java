package io.pagewright.profile;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.pagewright.event.IdentityKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A change to who is who, written to the {@link IdentityLog} for audit and to explain a profile's
 * history: two profiles found to be one person were merged, or identifiers of a shared browser or
 * device moved from one person's profile to another's.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = IdentityChange.Merged.class, name = "merged"),
    @JsonSubTypes.Type(value = IdentityChange.Detached.class, name = "detached")
})
public sealed interface IdentityChange {

    /** The event that caused the change. */
    String eventId();

    /** When that event occurred. */
    Instant at();

    /** {@code absorbed} was merged into {@code survivor}, linked by the event's identifiers. */
    record Merged(
            ProfileId survivor,
            ProfileId absorbed,
            Set<IdentityKey> linkedBy,
            String eventId,
            Instant at)
            implements IdentityChange {
        public Merged {
            Objects.requireNonNull(survivor, "survivor");
            Objects.requireNonNull(absorbed, "absorbed");
            linkedBy = Set.copyOf(linkedBy);
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Shared identifiers ({@code keys}, anonymous or device) moved from the profile of one user to
     * that of another, who signed in on the same browser or device; the profiles stay apart.
     */
    record Detached(ProfileId from, ProfileId to, Set<IdentityKey> keys, String eventId, Instant at)
            implements IdentityChange {
        public Detached {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            keys = Set.copyOf(keys);
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(at, "at");
        }
    }
}
