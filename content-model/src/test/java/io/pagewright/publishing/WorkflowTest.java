package io.pagewright.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pagewright.security.Actor;
import io.pagewright.security.Roles;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkflowTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final Actor EDITOR = new Actor("erin", Set.of(Roles.EDITOR));
    static final Actor REVIEWER = new Actor("rita", Set.of(Roles.REVIEWER));
    static final Actor REVIEWER_2 = new Actor("rob", Set.of(Roles.REVIEWER));
    static final Actor OWNER = new Actor("sam", Set.of(Roles.STRATEGY_OWNER));
    static final Impact DISCOUNT =
            new Impact(List.of("slot offer, variant x: offer discount 20 %"));

    final Workflow workflow = new Workflow(ApprovalRules.DEFAULT);

    Review draft(ContentKind kind) {
        return Review.draft(kind, "home", 3, Set.of("erin"), Impact.ORDINARY);
    }

    Review inReview(Impact impact) {
        return workflow.submit(draft(ContentKind.SURFACE), EDITOR, "please", impact, NOW);
    }

    @Test
    void anOrdinaryChangeIsApprovedByOneReviewer() {
        Review review = inReview(Impact.ORDINARY);
        assertThat(review.stage()).isEqualTo(Stage.IN_REVIEW);
        assertThat(review.submittedBy()).isEqualTo("erin");
        assertThat(workflow.missing(review)).containsExactly("1 more approval(s)");

        Review approved = workflow.approve(review, REVIEWER, "fine", NOW);

        assertThat(approved.stage()).isEqualTo(Stage.APPROVED);
        assertThat(approved.approvals()).extracting(Approval::approver).containsExactly("rita");
    }

    @Test
    void aHighImpactChangeNeedsAStrategyOwnerInAddition() {
        Review review = workflow.approve(inReview(DISCOUNT), REVIEWER, null, NOW);
        assertThat(review.stage()).isEqualTo(Stage.IN_REVIEW);
        assertThat(workflow.missing(review))
                .containsExactly("a strategy owner's approval (high impact)");

        Review approved = workflow.approve(review, OWNER, "discount ok", NOW);

        assertThat(approved.stage()).isEqualTo(Stage.APPROVED);
    }

    @Test
    void aStrategyOwnerAloneDoesNotCountTwiceOnAHighImpactChange() {
        Review review = workflow.approve(inReview(DISCOUNT), OWNER, null, NOW);

        assertThat(review.stage()).isEqualTo(Stage.IN_REVIEW);
        assertThat(workflow.missing(review)).containsExactly("1 more approval(s)");
        assertThat(workflow.approve(review, REVIEWER, null, NOW).stage()).isEqualTo(Stage.APPROVED);
    }

    @Test
    void twoReviewersDoNotMakeUpForTheStrategyOwner() {
        Review review = workflow.approve(inReview(DISCOUNT), REVIEWER, null, NOW);
        review = workflow.approve(review, REVIEWER_2, null, NOW);

        assertThat(review.stage()).isEqualTo(Stage.IN_REVIEW);
    }

    @Test
    void authorsCannotApproveOrRejectTheirOwnChange() {
        Actor authorWhoReviews = new Actor("erin", Set.of(Roles.EDITOR, Roles.REVIEWER));
        Review review = inReview(Impact.ORDINARY);

        assertThatThrownBy(() -> workflow.approve(review, authorWhoReviews, null, NOW))
                .isInstanceOfSatisfying(
                        WorkflowViolation.class,
                        v -> {
                            assertThat(v.rule()).isEqualTo("own-change");
                            assertThat(v.kind()).isEqualTo(WorkflowViolation.Kind.FORBIDDEN);
                        });
        assertThatThrownBy(() -> workflow.reject(review, authorWhoReviews, "no", NOW))
                .hasFieldOrPropertyWithValue("rule", "own-change");
    }

    @Test
    void approvingTwiceIsAConflict() {
        Review once = workflow.approve(inReview(DISCOUNT), REVIEWER, null, NOW);

        assertThatThrownBy(() -> workflow.approve(once, REVIEWER, null, NOW))
                .hasFieldOrPropertyWithValue("rule", "approved-twice")
                .hasFieldOrPropertyWithValue("kind", WorkflowViolation.Kind.CONFLICT);
        Review approved = workflow.approve(inReview(Impact.ORDINARY), REVIEWER, null, NOW);
        assertThatThrownBy(() -> workflow.approve(approved, REVIEWER_2, null, NOW))
                .hasFieldOrPropertyWithValue("rule", "already-approved");
    }

    @Test
    void onlyReviewersAndStrategyOwnersApprove() {
        Actor viewer = new Actor("vic", Set.of(Roles.VIEWER, Roles.EDITOR));

        assertThatThrownBy(() -> workflow.approve(inReview(Impact.ORDINARY), viewer, null, NOW))
                .hasFieldOrPropertyWithValue("rule", "approver-role");
    }

    @Test
    void aRejectionNeedsACommentAndReturnsToDraftWithoutApprovals() {
        Review review = workflow.approve(inReview(DISCOUNT), REVIEWER, null, NOW);

        assertThatThrownBy(() -> workflow.reject(review, OWNER, " ", NOW))
                .hasFieldOrPropertyWithValue("rule", "comment-required")
                .hasFieldOrPropertyWithValue("kind", WorkflowViolation.Kind.INVALID);
        Review rejected = workflow.reject(review, OWNER, "20 % is too much", NOW);

        assertThat(rejected.stage()).isEqualTo(Stage.DRAFT);
        assertThat(rejected.approvals()).isEmpty();
        assertThat(rejected.rejection().comment()).isEqualTo("20 % is too much");
        assertThat(rejected.rejection().by()).isEqualTo("sam");
    }

    @Test
    void onlyAnApprovedVersionIsPublished() {
        assertThatThrownBy(
                        () -> workflow.publish(draft(ContentKind.SURFACE), EDITOR, null, null, NOW))
                .hasFieldOrPropertyWithValue("rule", "not-approved");
        assertThatThrownBy(
                        () -> workflow.publish(inReview(Impact.ORDINARY), EDITOR, null, null, NOW))
                .hasFieldOrPropertyWithValue("rule", "not-approved");

        Review approved = workflow.approve(inReview(Impact.ORDINARY), REVIEWER, null, NOW);
        Review published = workflow.publish(approved, EDITOR, null, null, NOW);

        assertThat(published.stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(NOW);
        assertThat(published.publishedBy()).isEqualTo("erin");
    }

    @Test
    void aFuturePublishIsScheduledAndAWindowMustBeOrdered() {
        Review approved = workflow.approve(inReview(Impact.ORDINARY), REVIEWER, null, NOW);
        Instant later = NOW.plusSeconds(3600);

        Review scheduled = workflow.publish(approved, EDITOR, later, later.plusSeconds(60), NOW);

        assertThat(scheduled.stage()).isEqualTo(Stage.APPROVED);
        assertThat(scheduled.publishAt()).isEqualTo(later);
        assertThat(scheduled.unpublishAt()).isEqualTo(later.plusSeconds(60));
        assertThatThrownBy(() -> workflow.publish(approved, EDITOR, later, later, NOW))
                .hasFieldOrPropertyWithValue("rule", "window-order");
        assertThat(workflow.publish(approved, EDITOR, NOW.minusSeconds(5), null, NOW).stage())
                .isEqualTo(Stage.PUBLISHED);
    }

    @Test
    void policiesAreSubmittedAndApprovedByStrategyOwners() {
        Review draft = draft(ContentKind.POLICY);
        assertThatThrownBy(() -> workflow.submit(draft, EDITOR, null, DISCOUNT, NOW))
                .hasFieldOrPropertyWithValue("rule", "policy-submitter");
        Actor author = new Actor("erin", Set.of(Roles.STRATEGY_OWNER));
        Review review = workflow.submit(draft, author, null, DISCOUNT, NOW);

        assertThatThrownBy(() -> workflow.approve(review, REVIEWER, null, NOW))
                .hasFieldOrPropertyWithValue("rule", "policy-approver");
        assertThat(workflow.approve(review, OWNER, null, NOW).stage()).isEqualTo(Stage.APPROVED);
    }

    @Test
    void withNoApprovalsConfiguredAnOrdinaryChangeIsApprovedOnSubmit() {
        Workflow lenient = new Workflow(new ApprovalRules(Map.of(ContentKind.SURFACE, 0)));

        assertThat(
                        lenient.submit(
                                        draft(ContentKind.SURFACE),
                                        EDITOR,
                                        null,
                                        Impact.ORDINARY,
                                        NOW)
                                .stage())
                .isEqualTo(Stage.APPROVED);
        assertThat(lenient.submit(draft(ContentKind.SURFACE), EDITOR, null, DISCOUNT, NOW).stage())
                .isEqualTo(Stage.IN_REVIEW);
    }

    @Test
    void onlyThePublishedVersionIsArchived() {
        assertThatThrownBy(() -> workflow.archive(draft(ContentKind.SURFACE)))
                .hasFieldOrPropertyWithValue("rule", "not-published");
        Review published =
                workflow.publish(
                        workflow.approve(inReview(Impact.ORDINARY), REVIEWER, null, NOW),
                        EDITOR,
                        null,
                        null,
                        NOW);
        assertThat(workflow.archive(published).stage()).isEqualTo(Stage.ARCHIVED);
    }
}
