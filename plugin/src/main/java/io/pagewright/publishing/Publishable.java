package io.pagewright.publishing;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of versioned document that goes through the publishing workflow (surfaces; policies
 * later). The workflow asks it for versions, authors and impact, and tells it when a version goes
 * live or comes off. Every method runs in the caller's transaction.
 */
public interface Publishable {

    ContentKind kind();

    /** The newest version; throws the kind's not-found problem for an unknown key. */
    long latestVersion(String key);

    /** The document of a version, for diffs and the audit trail; not-found problem if missing. */
    Object document(String key, long version);

    Optional<Long> publishedVersion(String key);

    /** Who wrote the versions after {@code afterVersion} up to {@code upToVersion}. */
    Set<String> authors(String key, long afterVersion, long upToVersion);

    /** How much publishing {@code version} would change compared with what is live now. */
    Impact impact(String key, long version);

    /**
     * Makes {@code version} what the decision engine sees, atomically; a kind may refuse with a
     * problem (e.g. a default variant that breaks an active policy).
     */
    void publish(String key, long version, Instant at);

    /** Takes the object off the decision engine. */
    void unpublish(String key);

    /** Writes the document of {@code version} again as a new version; returns its number. */
    long copyAsNewVersion(String key, long version, String comment);
}
