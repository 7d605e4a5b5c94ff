package io.pagewright.publishing;

import io.pagewright.content.StoredSurface;
import io.pagewright.content.SurfaceService;
import io.pagewright.content.SurfaceStore;
import io.pagewright.search.IndexOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Surfaces in the workflow: a published version is what resolve serves. */
@ApplicationScoped
public class SurfacePublishing implements Publishable {

    @Inject SurfaceService surfaces;
    @Inject SurfaceStore store;
    @Inject IndexOutbox outbox;
    @Inject PublishedSnapshots snapshots;

    @Override
    public ContentKind kind() {
        return ContentKind.SURFACE;
    }

    @Override
    public long latestVersion(String key) {
        return surfaces.get(key).version();
    }

    @Override
    public Object document(String key, long version) {
        return surfaces.version(key, version).definition();
    }

    @Override
    public Optional<Long> publishedVersion(String key) {
        return store.publishedVersion(key);
    }

    @Override
    public Set<String> authors(String key, long afterVersion, long upToVersion) {
        return store.authors(key, afterVersion, upToVersion);
    }

    @Override
    public Impact impact(String key, long version) {
        StoredSurface candidate = surfaces.version(key, version);
        return SurfaceImpact.assess(
                store.publishedVersion(key).map(v -> surfaces.version(key, v).definition()),
                candidate.definition());
    }

    @Override
    public void publish(String key, long version, Instant at) {
        surfaces.publishVersion(key, version, at);
        snapshots.changed(key);
    }

    @Override
    public void unpublish(String key) {
        store.markUnpublished(key);
        outbox.enqueue(key, latestVersion(key), IndexOutbox.Operation.UNPUBLISH);
        snapshots.changed(key);
    }

    @Override
    public long copyAsNewVersion(String key, long version, String comment) {
        StoredSurface old = surfaces.version(key, version);
        return surfaces.update(key, latestVersion(key), old.definition(), comment).version();
    }
}
