package io.pagewright.publishing;

import io.pagewright.audit.AuditTrail;
import io.pagewright.content.Violation;
import io.pagewright.platform.ConflictProblem;
import io.pagewright.platform.ForbiddenProblem;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.platform.ProblemException;
import io.pagewright.platform.ValidationProblem;
import io.pagewright.publishing.store.ReviewStore;
import io.pagewright.security.Actor;
import io.pagewright.security.CurrentActor;
import io.pagewright.webhook.WebhookService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the publishing workflow: every action locks the version's review, applies the {@link
 * Workflow}'s rules, and in the same transaction makes the change live (or not), appends to the
 * audit trail and queues the webhook notification. Nothing reaches the decision engine unless the
 * workflow says it is approved.
 */
@ApplicationScoped
public class PublishingService {

    static final List<Stage> OPEN = List.of(Stage.IN_REVIEW, Stage.APPROVED);

    @Inject ReviewStore reviews;
    @Inject Instance<Publishable> kinds;
    @Inject CurrentActor currentActor;
    @Inject AuditTrail audit;
    @Inject WebhookService webhooks;

    @Inject
    @ConfigProperty(name = "pagewright.workflow.approvals.surface", defaultValue = "1")
    int surfaceApprovals;

    @Inject
    @ConfigProperty(name = "pagewright.workflow.approvals.policy", defaultValue = "0")
    int policyApprovals;

    private Workflow workflow;
    private final Map<ContentKind, Publishable> byKind = new EnumMap<>(ContentKind.class);

    @PostConstruct
    void create() {
        workflow =
                new Workflow(
                        new ApprovalRules(
                                Map.of(
                                        ContentKind.SURFACE, surfaceApprovals,
                                        ContentKind.POLICY, policyApprovals)));
        for (Publishable kind : kinds) {
            byKind.put(kind.kind(), kind);
        }
    }

    /** A review with what it still needs, for the API. */
    public record ReviewState(Review review, List<String> missing) {}

    public ReviewState state(Review review) {
        return new ReviewState(
                review, review.stage() == Stage.IN_REVIEW ? workflow.missing(review) : List.of());
    }

    /** The review of a version, or a draft review when it never entered the workflow. */
    public Review review(ContentKind kind, String key, long version) {
        Publishable publishable = kind(kind);
        requireVersion(publishable, key, version);
        return reviews.find(kind, key, version)
                .orElseGet(() ->
                        Review.draft(
                                kind,
                                key,
                                version,
                                authors(publishable, key, version),
                                publishable.impact(key, version)));
    }

    @Transactional
    public Review submit(ContentKind kind, String key, long version, String comment) {
        Publishable publishable = kind(kind);
        requireVersion(publishable, key, version);
        long latest = publishable.latestVersion(key);
        if (version != latest) {
            throw new ConflictProblem(
                    "not-latest",
                    "Only the newest version can be submitted",
                    "Version " + version + " is not the newest; submit version " + latest + ".");
        }
        Actor actor = currentActor.get();
        Review current =
                reviews.lock(kind, key, version)
                        .orElseGet(() ->
                                Review.draft(
                                        kind,
                                        key,
                                        version,
                                        authors(publishable, key, version),
                                        Impact.ORDINARY));
        Impact impact = publishable.impact(key, version);
        Review submitted = apply(() -> workflow.submit(current, actor, comment, impact, now()));
        for (Review older : reviews.of(kind, key, OPEN)) {
            if (older.version() != version) {
                Review superseded = workflow.supersede(older);
                reviews.save(superseded);
                record(superseded, "superseded", "superseded by version " + version, older);
            }
        }
        reviews.save(submitted);
        record(submitted, "submitted", comment, current);
        notify(
                submitted,
                submitted.stage() == Stage.APPROVED ? "review.approved" : "review.submitted");
        return submitted;
    }

    @Transactional
    public Review approve(ContentKind kind, String key, long version, String comment) {
        Review current = locked(kind, key, version);
        Review approved =
                apply(() -> workflow.approve(current, currentActor.get(), comment, now()));
        reviews.save(approved);
        record(approved, "approved", comment, current);
        notify(
                approved,
                approved.stage() == Stage.APPROVED ? "review.approved" : "review.approval-added");
        return approved;
    }

    @Transactional
    public Review reject(ContentKind kind, String key, long version, String comment) {
        Review current = locked(kind, key, version);
        Review rejected = apply(() -> workflow.reject(current, currentActor.get(), comment, now()));
        reviews.save(rejected);
        record(rejected, "rejected", comment, current);
        notify(rejected, "review.rejected");
        return rejected;
    }

    /** Publishes an approved version now or at {@code at}; {@code until} archives it later. */
    @Transactional
    public Review publish(ContentKind kind, String key, long version, Instant at, Instant until) {
        Review current = locked(kind, key, version);
        Actor actor = currentActor.get();
        Review next = apply(() -> workflow.publish(current, actor, at, until, now()));
        if (next.stage() == Stage.PUBLISHED) {
            goLive(next, current, actor.name(), "published", null);
        } else {
            reviews.save(next);
            record(next, "scheduled", "publish at " + next.publishAt(), current);
            notify(next, "publish.scheduled");
        }
        return next;
    }

    /** Takes the published version of an object off the decision engine. */
    @Transactional
    public Review archive(ContentKind kind, String key, String comment) {
        Publishable publishable = kind(kind);
        long published =
                publishable
                        .publishedVersion(key)
                        .orElseThrow(() ->
                                new ConflictProblem(
                                        "not-published",
                                        "Nothing is published",
                                        kind + " '" + key + "' has no published version."));
        Review current = locked(kind, key, published);
        Review archived = apply(() -> workflow.archive(current));
        publishable.unpublish(key);
        reviews.save(archived);
        record(archived, "archived", comment, current);
        notify(archived, "archived");
        return archived;
    }

    /**
     * Republishes an earlier published version in one action: it is copied as the newest version
     * and published at once, unless the change back is high impact; then it goes to review, like
     * any high-impact change.
     */
    @Transactional
    public Review rollback(ContentKind kind, String key, long version, String comment) {
        Publishable publishable = kind(kind);
        Review target =
                reviews.find(kind, key, version)
                        .filter(r ->
                                r.stage() == Stage.PUBLISHED
                                        || r.stage() == Stage.ARCHIVED
                                        || r.publishedAt() != null)
                        .orElseThrow(() ->
                                new ConflictProblem(
                                        "never-published",
                                        "Only a version that was published can be rolled back to",
                                        "Version "
                                                + version
                                                + " of "
                                                + kind
                                                + " '"
                                                + key
                                                + "' was never published."));
        if (publishable.publishedVersion(key).filter(v -> v == version).isPresent()) {
            throw new ConflictProblem(
                    "already-live", "Already published", "Version " + version + " is live now.");
        }
        String why =
                comment == null || comment.isBlank() ? "rollback to version " + version : comment;
        long copy = publishable.copyAsNewVersion(key, target.version(), why);
        Actor actor = currentActor.get();
        Impact impact = publishable.impact(key, copy);
        Review draft = Review.draft(kind, key, copy, authors(publishable, key, copy), impact);
        if (impact.high()) {
            Review submitted = apply(() -> workflow.submit(draft, actor, why, impact, now()));
            reviews.save(submitted);
            record(submitted, "rollback-submitted", why, null);
            notify(submitted, "review.submitted");
            return submitted;
        }
        // An ordinary change back to a version that was approved before needs no new approval.
        Review approved =
                new Review(
                        kind,
                        key,
                        copy,
                        Stage.APPROVED,
                        draft.authors(),
                        impact,
                        target.approvals(),
                        actor.name(),
                        now(),
                        why,
                        null,
                        null,
                        null,
                        null,
                        null);
        Review published = workflow.publish(approved, actor, null, null, now());
        goLive(published, null, actor.name(), "rolled-back", why);
        return published;
    }

    /** Publishes what is due and archives what has expired; called by the scheduler. */
    @Transactional
    public boolean runDue(Review due, Instant now) {
        Review current = reviews.lock(due.kind(), due.key(), due.version()).orElse(null);
        if (current == null) {
            return false;
        }
        if (current.stage() == Stage.APPROVED
                && current.publishAt() != null
                && !current.publishAt().isAfter(now)) {
            Review published =
                    workflow.publish(current, Actor.SYSTEM, null, current.unpublishAt(), now);
            goLive(published, current, Actor.SYSTEM.name(), "published", "scheduled publish");
            return true;
        }
        if (current.stage() == Stage.PUBLISHED
                && current.unpublishAt() != null
                && !current.unpublishAt().isAfter(now)) {
            Review archived = workflow.archive(current);
            kind(current.kind()).unpublish(current.key());
            reviews.save(archived);
            audit.record(
                    Actor.SYSTEM.name(),
                    "archived",
                    current.kind().wireName(),
                    current.key(),
                    current.version(),
                    "publish window ended",
                    state(current),
                    state(archived));
            notify(archived, "archived");
            return true;
        }
        return false;
    }

    /**
     * Records a version that is published without review: demo content installed by the system on
     * first start. Everything else goes through {@link #submit}.
     */
    @Transactional
    public void installPublished(ContentKind kind, String key, String reason) {
        Publishable publishable = kind(kind);
        long version = publishable.latestVersion(key);
        Review installed =
                new Review(
                        kind,
                        key,
                        version,
                        Stage.PUBLISHED,
                        authors(publishable, key, version),
                        Impact.ORDINARY,
                        List.of(),
                        Actor.SYSTEM.name(),
                        now(),
                        reason,
                        null,
                        null,
                        null,
                        now(),
                        Actor.SYSTEM.name());
        archivePreviouslyPublished(publishable, kind, key, version);
        publishable.publish(key, version, now());
        reviews.save(installed);
        audit.record(
                Actor.SYSTEM.name(),
                "published",
                kind.wireName(),
                key,
                version,
                reason,
                null,
                state(installed));
    }

    private void goLive(
            Review published, Review before, String actor, String action, String comment) {
        Publishable publishable = kind(published.kind());
        archivePreviouslyPublished(
                publishable, published.kind(), published.key(), published.version());
        publishable.publish(published.key(), published.version(), published.publishedAt());
        reviews.save(published);
        audit.record(
                actor,
                action,
                published.kind().wireName(),
                published.key(),
                published.version(),
                comment,
                before == null ? null : state(before),
                state(published));
        notify(published, "published");
    }

    private void archivePreviouslyPublished(
            Publishable publishable, ContentKind kind, String key, long version) {
        Optional<Long> live = publishable.publishedVersion(key);
        if (live.isPresent() && live.get() != version) {
            reviews.lock(kind, key, live.get())
                    .filter(r -> r.stage() == Stage.PUBLISHED)
                    .ifPresent(r -> {
                        Review archived = workflow.archive(r);
                        reviews.save(archived);
                        record(archived, "archived", "replaced by version " + version, r);
                    });
        }
    }

    private Review locked(ContentKind kind, String key, long version) {
        Publishable publishable = kind(kind);
        requireVersion(publishable, key, version);
        return reviews.lock(kind, key, version)
                .orElseGet(() ->
                        Review.draft(
                                kind,
                                key,
                                version,
                                authors(publishable, key, version),
                                Impact.ORDINARY));
    }

    private Set<String> authors(Publishable publishable, String key, long version) {
        long since = publishable.publishedVersion(key).filter(v -> v < version).orElse(0L);
        return publishable.authors(key, since, version);
    }

    private static void requireVersion(Publishable publishable, String key, long version) {
        publishable.document(key, version);
    }

    private Publishable kind(ContentKind kind) {
        Publishable publishable = byKind.get(kind);
        if (publishable == null) {
            throw new NotFoundProblem(
                    "kind-not-found",
                    "Unknown kind",
                    "Nothing of kind '" + kind + "' is published through the workflow yet.");
        }
        return publishable;
    }

    private void record(Review after, String action, String comment, Review before) {
        audit.record(
                action,
                after.kind().wireName(),
                after.key(),
                after.version(),
                comment,
                before == null ? null : state(before),
                state(after));
    }

    private void notify(Review review, String type) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", review.kind().wireName());
        payload.put("key", review.key());
        payload.put("version", review.version());
        payload.put("stage", review.stage().wireName());
        payload.put("highImpact", review.impact().high());
        payload.put("actor", currentActor.get().name());
        webhooks.emit(type, payload);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Review apply(java.util.function.Supplier<Review> action) {
        try {
            return action.get();
        } catch (WorkflowViolation v) {
            throw problem(v);
        }
    }

    static ProblemException problem(WorkflowViolation v) {
        return switch (v.kind()) {
            case FORBIDDEN ->
                    new ForbiddenProblem(v.rule(), "Not allowed by the workflow", v.getMessage());
            case CONFLICT ->
                    new ConflictProblem(v.rule(), "Not possible in this stage", v.getMessage());
            case INVALID ->
                    new ValidationProblem(
                            List.of(
                                    new Violation(
                                            "comment".equals(fieldOf(v)) ? "comment" : fieldOf(v),
                                            v.getMessage())));
        };
    }

    private static String fieldOf(WorkflowViolation v) {
        return switch (v.rule()) {
            case "comment-required" -> "comment";
            case "window-order" -> "unpublishAt";
            default -> "";
        };
    }
}
