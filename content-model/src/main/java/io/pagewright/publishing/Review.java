package io.pagewright.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The workflow state of one version of one document: its stage, who wrote the change, how much it
 * matters, who approved it, and when it is (or is to be) published.
 *
 * @param authors everyone who wrote a version of this change (since the last published version);
 *     none of them may approve it
 * @param rejection the last rejection, kept after the version went back to draft
 * @param publishAt when a scheduled publish happens; null once published or when not scheduled
 * @param unpublishAt when the published version is to be archived again; null for open-ended
 */
public record Review(
        ContentKind kind,
        String key,
        long version,
        Stage stage,
        Set<String> authors,
        Impact impact,
        List<Approval> approvals,
        String submittedBy,
        Instant submittedAt,
        String comment,
        Rejection rejection,
        Instant publishAt,
        Instant unpublishAt,
        Instant publishedAt,
        String publishedBy) {

    /** Who turned a version back to draft, and why. */
    public record Rejection(String by, Instant at, String comment) {}

    public Review {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(stage, "stage");
        authors = Set.copyOf(authors);
        Objects.requireNonNull(impact, "impact");
        approvals = List.copyOf(approvals);
    }

    /** A version nobody has submitted yet. */
    public static Review draft(
            ContentKind kind, String key, long version, Set<String> authors, Impact impact) {
        return new Review(
                kind,
                key,
                version,
                Stage.DRAFT,
                authors,
                impact,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    Review with(Stage newStage, List<Approval> newApprovals) {
        return new Review(
                kind,
                key,
                version,
                newStage,
                authors,
                impact,
                newApprovals,
                submittedBy,
                submittedAt,
                comment,
                rejection,
                publishAt,
                unpublishAt,
                publishedAt,
                publishedBy);
    }

    Review submitted(String by, Instant at, String why, Impact assessed) {
        return new Review(
                kind,
                key,
                version,
                Stage.IN_REVIEW,
                authors,
                assessed,
                List.of(),
                by,
                at,
                why,
                rejection,
                null,
                null,
                null,
                null);
    }

    Review rejected(Rejection why) {
        return new Review(
                kind,
                key,
                version,
                Stage.DRAFT,
                authors,
                impact,
                List.of(),
                submittedBy,
                submittedAt,
                comment,
                why,
                null,
                null,
                null,
                null);
    }

    Review scheduled(Instant at, Instant until) {
        return new Review(
                kind,
                key,
                version,
                Stage.APPROVED,
                authors,
                impact,
                approvals,
                submittedBy,
                submittedAt,
                comment,
                rejection,
                at,
                until,
                null,
                null);
    }

    Review published(String by, Instant at, Instant until) {
        return new Review(
                kind,
                key,
                version,
                Stage.PUBLISHED,
                authors,
                impact,
                approvals,
                submittedBy,
                submittedAt,
                comment,
                rejection,
                null,
                until,
                at,
                by);
    }

    Review archived() {
        return new Review(
                kind,
                key,
                version,
                Stage.ARCHIVED,
                authors,
                impact,
                approvals,
                submittedBy,
                submittedAt,
                comment,
                rejection,
                null,
                null,
                publishedAt,
                publishedBy);
    }

    /** Back to draft without a rejection: a newer version was submitted in its place. */
    Review superseded() {
        return new Review(
                kind,
                key,
                version,
                Stage.DRAFT,
                authors,
                impact,
                List.of(),
                submittedBy,
                submittedAt,
                comment,
                rejection,
                null,
                null,
                null,
                null);
    }
}
