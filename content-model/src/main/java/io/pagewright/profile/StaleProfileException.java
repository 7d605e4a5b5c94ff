package io.pagewright.profile;

/** A save or delete named a version that is no longer the stored one: reload and try again. */
public class StaleProfileException extends RuntimeException {

    public StaleProfileException(ProfileId id, long expectedVersion) {
        super("profile " + id + " is no longer at version " + expectedVersion);
    }
}
