package io.pagewright.profile;

import java.util.Objects;

/** A profile as stored, with the version that a save must name to replace it. */
public record StoredProfile(Profile profile, long version) {

    public StoredProfile {
        Objects.requireNonNull(profile, "profile");
        if (version < 1) {
            throw new IllegalArgumentException("a stored profile has version >= 1, was " + version);
        }
    }
}
