package io.pagewright.policy;

import java.util.Objects;

/** Which policy, in which version, a decision was made under; logged with every decision. */
public record PolicyVersion(String key, long version) {

    public PolicyVersion {
        Objects.requireNonNull(key, "key");
    }

    @Override
    public String toString() {
        return key + "@" + version;
    }
}
