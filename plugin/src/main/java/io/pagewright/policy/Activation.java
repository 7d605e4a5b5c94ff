package io.pagewright.policy;

import java.util.List;
import java.util.Objects;

/**
 * The result of making a policy version active: the version, and the default conflicts that do not
 * block activation (they happen only once a limit is reached or depending on other slots).
 */
public record Activation(StoredPolicy policy, List<DefaultConflict> warnings) {
    public Activation {
        Objects.requireNonNull(policy, "policy");
        warnings = List.copyOf(warnings);
    }
}
