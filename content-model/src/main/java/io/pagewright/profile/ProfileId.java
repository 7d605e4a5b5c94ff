package io.pagewright.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The canonical id of a person's profile. When profiles merge, the smallest id survives, so an
 * adapter that mints time-ordered ids (UUIDv7, ULID) keeps the oldest profile's id.
 */
public record ProfileId(String value) implements Comparable<ProfileId> {

    public ProfileId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a profile id must not be blank");
        }
    }

    @JsonCreator
    public static ProfileId of(String value) {
        return new ProfileId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(ProfileId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
