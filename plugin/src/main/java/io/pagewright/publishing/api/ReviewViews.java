package io.pagewright.publishing.api;

import io.pagewright.audit.JsonDiff;
import io.pagewright.platform.Json;
import io.pagewright.publishing.ContentKind;
import io.pagewright.publishing.Publishable;
import io.pagewright.publishing.PublishingService;
import io.pagewright.publishing.PublishingService.ReviewState;
import io.pagewright.publishing.Review;
import io.pagewright.publishing.Stage;
import io.pagewright.publishing.store.ReviewStore;
import io.pagewright.security.Actor;
import io.pagewright.security.CurrentActor;
import io.pagewright.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Read models of the workflow for the API and the admin UI's review inbox. */
@ApplicationScoped
public class ReviewViews {

    @Inject PublishingService publishing;
    @Inject ReviewStore reviews;
    @Inject Instance<Publishable> kinds;
    @Inject CurrentActor actor;

    /** An object's workflow at a glance. */
    public record Workflow(
            String kind,
            String key,
            long latestVersion,
            Long publishedVersion,
            List<ReviewState> open) {}

    /** A version's review with the diff against the published version. */
    public record ReviewDetail(
            ReviewState state,
            Long comparedWith,
            List<JsonDiff.Change> changes,
            boolean youMayApprove,
            String whyNot) {}

    /** One line of the review inbox. */
    public record InboxItem(ReviewState state, boolean youMayApprove, String whyNot) {}

    public Workflow workflow(ContentKind kind, String key) {
        Publishable publishable = publishable(kind);
        long latest = publishable.latestVersion(key);
        return new Workflow(
                kind.wireName(),
                key,
                latest,
                publishable.publishedVersion(key).orElse(null),
                reviews.of(kind, key, List.of(Stage.IN_REVIEW, Stage.APPROVED)).stream()
                        .map(publishing::state)
                        .toList());
    }

    public ReviewDetail detail(ContentKind kind, String key, long version) {
        Publishable publishable = publishable(kind);
        Review review = publishing.review(kind, key, version);
        Optional<Long> published = publishable.publishedVersion(key);
        List<JsonDiff.Change> changes =
                JsonDiff.between(
                        published.map(v -> tree(publishable.document(key, v))).orElse(null),
                        tree(publishable.document(key, version)));
        String whyNot = whyNot(review, actor.get());
        return new ReviewDetail(
                publishing.state(review), published.orElse(null), changes, whyNot == null, whyNot);
    }

    /** Everything in review, with whether the caller may approve it and, if not, why. */
    public List<InboxItem> inbox(boolean mineOnly) {
        Actor me = actor.get();
        return reviews.inStages(List.of(Stage.IN_REVIEW)).stream()
                .map(r -> {
                    String whyNot = whyNot(r, me);
                    return new InboxItem(publishing.state(r), whyNot == null, whyNot);
                })
                .filter(item -> !mineOnly || item.youMayApprove())
                .toList();
    }

    /** Why {@code me} may not approve this review now, or null if they may. */
    static String whyNot(Review review, Actor me) {
        if (review.stage() != Stage.IN_REVIEW) {
            return "it is " + review.stage() + ", not in review";
        }
        if (review.authors().contains(me.name()) || me.name().equals(review.submittedBy())) {
            return "you wrote or submitted this change";
        }
        if (review.approvals().stream().anyMatch(a -> a.approver().equals(me.name()))) {
            return "you approved it already";
        }
        boolean owner = me.has(Roles.STRATEGY_OWNER);
        if (review.kind() == ContentKind.POLICY && !owner) {
            return "policies are approved by a strategy owner";
        }
        if (!owner && !me.has(Roles.REVIEWER)) {
            return "approving needs the reviewer or strategy-owner role";
        }
        return null;
    }

    private static JsonNode tree(Object document) {
        return Json.DOCUMENTS.valueToTree(document);
    }

    private Publishable publishable(ContentKind kind) {
        for (Publishable p : kinds) {
            if (p.kind() == kind) {
                return p;
            }
        }
        throw new IllegalStateException("no publishable kind " + kind);
    }
}
