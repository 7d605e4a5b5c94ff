package io.pagewright.profile;

import java.util.List;
import java.util.Objects;

/**
 * The result of stitching: the one profile an event belongs to, what to do with the others found
 * for its identifiers, and the changes to log.
 *
 * @param profile the survivor, holding the event's identifiers, before the event is folded in
 * @param absorbed profiles merged into {@code profile}, to delete from the store
 * @param detached other users' profiles that lost shared identifiers, to save
 * @param changes one entry per merge and per detachment
 */
public record Stitch(
        Profile profile,
        List<Profile> absorbed,
        List<Profile> detached,
        List<IdentityChange> changes) {

    public Stitch {
        Objects.requireNonNull(profile, "profile");
        absorbed = List.copyOf(absorbed);
        detached = List.copyOf(detached);
        changes = List.copyOf(changes);
    }
}
