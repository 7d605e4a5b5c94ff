package io.pagewright.publishing;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many approvals each kind of content needs before it may be published. A high-impact change
 * needs, in addition, one approval from a strategy owner. Policies are always high impact, so with
 * the defaults a policy needs exactly one strategy owner's approval and a surface change one
 * reviewer's (plus a strategy owner's when it is high impact).
 */
public record ApprovalRules(Map<ContentKind, Integer> approvals) {

    public static final ApprovalRules DEFAULT =
            new ApprovalRules(Map.of(ContentKind.SURFACE, 1, ContentKind.POLICY, 0));

    public ApprovalRules {
        EnumMap<ContentKind, Integer> copy = new EnumMap<>(ContentKind.class);
        for (ContentKind kind : ContentKind.values()) {
            int count = approvals.getOrDefault(kind, 1);
            if (count < 0 || count > 10) {
                throw new IllegalArgumentException(
                        "approvals for " + kind + " must be 0 to 10, not " + count);
            }
            copy.put(kind, count);
        }
        approvals = Map.copyOf(copy);
    }

    public int approvalsFor(ContentKind kind) {
        return approvals.get(kind);
    }
}
