package io.pagewright.decision;

import io.pagewright.policy.GuardedPage;
import io.pagewright.policy.PolicyVersion;
import java.util.List;
import java.util.Objects;

/**
 * What a resolve produced: the page assembled under the surface's active policy, with every removal
 * per slot (for {@code explain=true} and the decision log), and the policy versions it was
 * assembled under (empty when the surface has no active policy), and whether the visitor is in the
 * surface's holdout (served the default of every slot), and why a dependency's failure made it less
 * than the best answer, if it did.
 */
public record Resolution(
        GuardedPage guarded,
        List<PolicyVersion> policies,
        boolean holdout,
        String fallbackReason,
        java.util.Map<String, io.pagewright.catalog.PageRails.Rail> rails) {

    /** Why less than the best answer was served ({@code profile-unavailable}), or null. */
    public static final String PROFILE_UNAVAILABLE = "profile-unavailable";

    /** The profile store did not answer within the surface's latency budget. */
    public static final String PROFILE_LATE = "profile-late";

    public Resolution {
        Objects.requireNonNull(guarded, "guarded");
        policies = List.copyOf(policies);
        rails = rails == null ? java.util.Map.of() : java.util.Map.copyOf(rails);
    }

    public AssembledPage page() {
        return guarded.page();
    }
}
