package io.pagewright.publishing;

import static io.pagewright.publishing.WorkflowViolation.Kind.CONFLICT;
import static io.pagewright.publishing.WorkflowViolation.Kind.FORBIDDEN;
import static io.pagewright.publishing.WorkflowViolation.Kind.INVALID;

import io.pagewright.security.Actor;
import io.pagewright.security.Roles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of the publishing workflow as pure functions from a {@link Review} and an action to the
 * next review, or a {@link WorkflowViolation} naming the rule the action breaks. Storage, locking
 * and side effects (indexing, webhooks, audit) belong to the caller.
 */
public final class Workflow {

    private final ApprovalRules rules;

    public Workflow(ApprovalRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Sends a draft to review; {@code impact} is assessed against what is published now. */
    public Review submit(Review review, Actor actor, String comment, Impact impact, Instant now) {
        if (review.stage() != Stage.DRAFT) {
            throw new WorkflowViolation(
                    CONFLICT,
                    "not-a-draft",
                    "Version "
                            + review.version()
                            + " is "
                            + review.stage()
                            + "; only a draft can"
                            + " be submitted for review.");
        }
        if (review.kind() == ContentKind.POLICY && !actor.has(Roles.STRATEGY_OWNER)) {
            throw new WorkflowViolation(
                    FORBIDDEN,
                    "policy-submitter",
                    "Only a strategy owner can submit a policy for approval.");
        }
        Review submitted = review.submitted(actor.name(), now, comment, impact);
        // With no approvals configured for an ordinary change, submitting is approving.
        return missing(submitted).isEmpty() ? submitted.with(Stage.APPROVED, List.of()) : submitted;
    }

    /** Records an approval; the version becomes approved once every required approval is in. */
    public Review approve(Review review, Actor actor, String comment, Instant now) {
        if (review.stage() != Stage.IN_REVIEW) {
            throw new WorkflowViolation(
                    CONFLICT,
                    review.stage() == Stage.APPROVED ? "already-approved" : "not-in-review",
                    "Version "
                            + review.version()
                            + " is "
                            + review.stage()
                            + "; only a version in"
                            + " review can be approved.");
        }
        requireNotAuthor(review, actor, "approve");
        boolean strategyOwner = actor.has(Roles.STRATEGY_OWNER);
        if (!strategyOwner && !actor.has(Roles.REVIEWER)) {
            throw new WorkflowViolation(
                    FORBIDDEN,
                    "approver-role",
                    "Approving needs the reviewer or strategy-owner role.");
        }
        if (review.kind() == ContentKind.POLICY && !strategyOwner) {
            throw new WorkflowViolation(
                    FORBIDDEN, "policy-approver", "Policies are approved by a strategy owner.");
        }
        if (review.approvals().stream().anyMatch(a -> a.approver().equals(actor.name()))) {
            throw new WorkflowViolation(
                    CONFLICT,
                    "approved-twice",
                    actor.name() + " has already approved version " + review.version() + ".");
        }
        List<Approval> approvals = new ArrayList<>(review.approvals());
        approvals.add(new Approval(actor.name(), strategyOwner, now, comment));
        Review next = review.with(Stage.IN_REVIEW, approvals);
        return missing(next).isEmpty() ? next.with(Stage.APPROVED, approvals) : next;
    }

    /** Sends a version in review back to draft; the comment says what to change. */
    public Review reject(Review review, Actor actor, String comment, Instant now) {
        if (comment == null || comment.isBlank()) {
            throw new WorkflowViolation(
                    INVALID, "comment-required", "A rejection needs a comment saying why.");
        }
        if (review.stage() != Stage.IN_REVIEW) {
            throw new WorkflowViolation(
                    CONFLICT,
                    "not-in-review",
                    "Version "
                            + review.version()
                            + " is "
                            + review.stage()
                            + "; only a version in"
                            + " review can be rejected.");
        }
        requireNotAuthor(review, actor, "reject");
        if (!actor.has(Roles.REVIEWER) && !actor.has(Roles.STRATEGY_OWNER)) {
            throw new WorkflowViolation(
                    FORBIDDEN,
                    "approver-role",
                    "Rejecting needs the reviewer or strategy-owner role.");
        }
        return review.rejected(new Review.Rejection(actor.name(), now, comment));
    }

    /**
     * Publishes an approved version now, or schedules it when {@code at} is in the future; {@code
     * until} archives it again later.
     */
    public Review publish(Review review, Actor actor, Instant at, Instant until, Instant now) {
        if (review.stage() != Stage.APPROVED) {
            throw new WorkflowViolation(
                    CONFLICT,
                    "not-approved",
                    "Version "
                            + review.version()
                            + " is "
                            + review.stage()
                            + "; only an approved"
                            + " version can be published.");
        }
        if (review.kind() == ContentKind.POLICY
                && !actor.isSystem()
                && !actor.has(Roles.STRATEGY_OWNER)) {
            throw new WorkflowViolation(
                    FORBIDDEN, "policy-publisher", "Only a strategy owner publishes a policy.");
        }
        Instant start = at == null || at.isBefore(now) ? now : at;
        if (until != null && !until.isAfter(start)) {
            throw new WorkflowViolation(
                    INVALID,
                    "window-order",
                    "unpublishAt must be after the publish time (" + start + ").");
        }
        return start.isAfter(now)
                ? review.scheduled(start, until)
                : review.published(actor.name(), now, until);
    }

    /** Takes a published version off the decision engine. */
    public Review archive(Review review) {
        if (review.stage() != Stage.PUBLISHED) {
            throw new WorkflowViolation(
                    CONFLICT,
                    "not-published",
                    "Version "
                            + review.version()
                            + " is "
                            + review.stage()
                            + "; only the"
                            + " published version can be archived.");
        }
        return review.archived();
    }

    /** A version in review or approved goes back to draft because a newer one was submitted. */
    public Review supersede(Review review) {
        return review.superseded();
    }

    /** What a version in review still needs, in words; empty when it can be approved. */
    public List<String> missing(Review review) {
        int required = rules.approvalsFor(review.kind());
        List<String> missing = new ArrayList<>();
        long total = review.approvals().size();
        boolean strategyOwner = review.approvals().stream().anyMatch(Approval::strategyOwner);
        if (review.impact().high()) {
            if (!strategyOwner) {
                missing.add("a strategy owner's approval (high impact)");
            }
            long others = strategyOwner ? total - 1 : total;
            if (others < required) {
                missing.add((required - others) + " more approval(s)");
            }
        } else if (total < required) {
            missing.add((required - total) + " more approval(s)");
        }
        return missing;
    }

    private static void requireNotAuthor(Review review, Actor actor, String action) {
        if (review.authors().contains(actor.name()) || actor.name().equals(review.submittedBy())) {
            throw new WorkflowViolation(
                    FORBIDDEN,
                    "own-change",
                    actor.name()
                            + " wrote or submitted version "
                            + review.version()
                            + " and cannot "
                            + action
                            + " it; another reviewer must.");
        }
    }
}
