package io.pagewright.publishing;

import java.util.Objects;

/**
 * A workflow action that breaks a rule: {@link Kind#FORBIDDEN} when this actor may not do it
 * (approving one's own change), {@link Kind#CONFLICT} when the version's stage does not allow it
 * (publishing a draft, approving twice), {@link Kind#INVALID} when the request itself is wrong (a
 * rejection without a comment). {@code rule} is a stable slug naming the rule.
 */
public final class WorkflowViolation extends RuntimeException {

    public enum Kind {
        FORBIDDEN,
        CONFLICT,
        INVALID
    }

    private final Kind kind;
    private final String rule;

    public WorkflowViolation(Kind kind, String rule, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public Kind kind() {
        return kind;
    }

    public String rule() {
        return rule;
    }
}
