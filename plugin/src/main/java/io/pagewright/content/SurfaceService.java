package io.pagewright.content;

import io.pagewright.audit.AuditTrail;
import io.pagewright.platform.ConflictProblem;
import io.pagewright.platform.FieldError;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.platform.StaleVersionProblem;
import io.pagewright.platform.ValidationProblem;
import io.pagewright.search.IndexOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Creating, changing, versioning and publishing surfaces. */
@ApplicationScoped
public class SurfaceService {

    @Inject SurfaceStore store;
    @Inject IndexOutbox outbox;
    @Inject ContentChecks checks;
    @Inject AuditTrail audit;
    @Inject Event<SurfaceDeleted> deleted;
    @Inject io.pagewright.policy.PolicyGate policyGate;

    @Transactional
    public StoredSurface create(
            @NotNull(message = "a surface is required") @Valid SurfaceDefinition definition,
            @Size(max = 1000) String comment) {
        checks.requireValid(definition);
        try {
            StoredSurface created = store.create(definition, comment);
            audit.record(
                    "created",
                    "surface",
                    definition.key(),
                    created.version(),
                    comment,
                    null,
                    definition);
            return indexed(created);
        } catch (SurfaceExistsException e) {
            throw new ConflictProblem(
                    "surface-exists",
                    "A surface with this key exists",
                    e.getMessage(),
                    List.of(new FieldError("key", "is already used by another surface")));
        }
    }

    /** Writes a new version of the surface, if {@code expectedVersion} is still the current one. */
    @Transactional
    public StoredSurface update(
            String key,
            long expectedVersion,
            @NotNull(message = "a surface is required") @Valid SurfaceDefinition definition,
            @Size(max = 1000) String comment) {
        if (!key.equals(definition.key())) {
            throw new ValidationProblem(
                    List.of(
                            new Violation(
                                    "key",
                                    "must be '" + key + "': a surface's key cannot change")));
        }
        checks.requireValid(definition);
        try {
            StoredSurface updated =
                    store.update(key, expectedVersion, definition, comment)
                            .orElseThrow(() -> unknownSurface(key));
            audit.record(
                    "changed",
                    "surface",
                    key,
                    updated.version(),
                    comment,
                    store.findVersion(key, expectedVersion)
                            .map(StoredSurface::definition)
                            .orElse(null),
                    definition);
            return indexed(updated);
        } catch (StaleVersionException e) {
            throw new StaleVersionProblem(e);
        }
    }

    /** Makes an earlier version current again, as a new version. */
    @Transactional
    public StoredSurface restore(String key, long version, long expectedVersion) {
        StoredSurface old = version(key, version);
        try {
            StoredSurface restored =
                    store.update(
                                    key,
                                    expectedVersion,
                                    old.definition(),
                                    "restored version " + version)
                            .orElseThrow(() -> unknownSurface(key));
            audit.record(
                    "restored",
                    "surface",
                    key,
                    restored.version(),
                    "restored version " + version,
                    store.findVersion(key, expectedVersion)
                            .map(StoredSurface::definition)
                            .orElse(null),
                    old.definition());
            return indexed(restored);
        } catch (StaleVersionException e) {
            throw new StaleVersionProblem(e);
        }
    }

    /**
     * Deletes the surface and its versions, if {@code expectedVersion} is still the current one,
     * and queues the removal of its documents from both indices. Call {@link IndexOutbox#drain()}
     * after the commit to apply it right away.
     */
    @Transactional
    public void delete(String key, long expectedVersion) {
        SurfaceDefinition before = get(key).definition();
        try {
            if (!store.delete(key, expectedVersion)) {
                throw unknownSurface(key);
            }
        } catch (StaleVersionException e) {
            throw new StaleVersionProblem(e);
        }
        outbox.enqueue(key, expectedVersion, IndexOutbox.Operation.REMOVE);
        audit.record("deleted", "surface", key, expectedVersion, null, before, null);
        deleted.fire(new SurfaceDeleted(key));
    }

    /** Queues the new version for the editors' content index, in the caller's transaction. */
    StoredSurface indexed(StoredSurface surface) {
        outbox.enqueue(
                surface.definition().key(), surface.version(), IndexOutbox.Operation.CONTENT);
        return surface;
    }

    public List<SurfaceSummary> list() {
        return store.list();
    }

    public StoredSurface get(String key) {
        return store.find(key).orElseThrow(() -> unknownSurface(key));
    }

    public StoredSurface version(String key, long version) {
        get(key);
        return store.findVersion(key, version)
                .orElseThrow(() ->
                        new NotFoundProblem(
                                "version-not-found",
                                "No such version",
                                "Surface '" + key + "' has no version " + version + "."));
    }

    public List<VersionSummary> versions(String key) {
        get(key);
        return store.versions(key);
    }

    /**
     * Records {@code version} as the published version and, in the same transaction, queues the
     * index updates (the variant index for query-driven slots, the editors' content index). Only
     * the publishing workflow calls this, once the version is approved; call {@link
     * IndexOutbox#drain()} after the commit to apply the index updates right away.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishVersion(String key, long version, Instant at) {
        StoredSurface published = version(key, version);
        policyGate.requireDefaultsCompatible(
                io.pagewright.decision.PublishedSurface.of(published.definition()));
        store.markPublished(key, version, at.truncatedTo(ChronoUnit.MILLIS));
        outbox.enqueue(key, version, IndexOutbox.Operation.PUBLISH);
        outbox.enqueue(key, version, IndexOutbox.Operation.CONTENT);
    }

    public boolean exists(String key) {
        return store.find(key).isPresent();
    }

    public static NotFoundProblem unknownSurface(String key) {
        return new NotFoundProblem(
                "surface-not-found",
                "No such surface",
                "There is no surface with key '" + key + "'.");
    }
}
