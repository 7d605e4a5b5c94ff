package io.pagewright.event;

import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who an event is about, as the frontend knows it: any of an anonymous (cookie or app-install) id,
 * a user id, a hashed email and a device id. At least one must be present; an event carrying two of
 * them links them, which is how anonymous history is stitched into a known profile.
 */
public record Identity(
        @ExternalId String anonymousId,
        @ExternalId String userId,
        @Pattern(
                        regexp = "[a-f0-9]{64}",
                        message = "must be the lower-case hex SHA-256 of the normalized email")
                String emailHash,
        @ExternalId String deviceId) {

    public static Identity anonymous(String anonymousId) {
        return new Identity(anonymousId, null, null, null);
    }

    public static Identity user(String userId) {
        return new Identity(null, userId, null, null);
    }

    /** The identifiers present, in a stable order. */
    public Set<IdentityKey> keys() {
        Set<IdentityKey> keys = new TreeSet<>();
        add(keys, IdentityKind.ANONYMOUS, anonymousId);
        add(keys, IdentityKind.USER, userId);
        add(keys, IdentityKind.EMAIL_HASH, emailHash);
        add(keys, IdentityKind.DEVICE, deviceId);
        return keys;
    }

    public Optional<String> user() {
        return Optional.ofNullable(userId);
    }

    private static void add(Set<IdentityKey> keys, IdentityKind kind, String value) {
        if (value != null) {
            keys.add(new IdentityKey(kind, value));
        }
    }
}
