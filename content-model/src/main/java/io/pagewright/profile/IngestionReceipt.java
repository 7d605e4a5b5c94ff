package io.pagewright.profile;

import java.util.List;

/**
 * What ingesting accepted events did.
 *
 * @param newEvents events folded into a profile for the first time (resends are not counted)
 * @param profiles the profiles the events ended up in
 * @param identityChanges merges and detachments the events caused
 */
public record IngestionReceipt(
        int newEvents, List<ProfileId> profiles, List<IdentityChange> identityChanges) {

    public IngestionReceipt {
        profiles = List.copyOf(profiles);
        identityChanges = List.copyOf(identityChanges);
    }
}
