package io.pagewright.profile;

import java.util.List;

/** The append-only history of merges and detachments, for audit and for erasing a person. */
public interface IdentityLog {

    void record(IdentityChange change);

    /** The changes that involved this profile, on either side, oldest first. */
    List<IdentityChange> changesOf(ProfileId id);
}
