package io.pagewright.event;

/** The kinds of identifier a person can be known by, from the weakest link to the strongest. */
public enum IdentityKind {
    /** A first-party cookie or app-install id; one browser or app, possibly shared. */
    ANONYMOUS,
    /** A device id where the platform allows it; one device, possibly shared. */
    DEVICE,
    /** A lower-case hex SHA-256 of the normalized email address. */
    EMAIL_HASH,
    /** The account id of a signed-in user; one person. */
    USER;

    /** Weak identifiers name a browser or device, not a person, and may move between people. */
    public boolean isWeak() {
        return this == ANONYMOUS || this == DEVICE;
    }
}
