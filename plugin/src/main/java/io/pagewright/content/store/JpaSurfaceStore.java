package io.pagewright.content.store;

import io.pagewright.content.Channel;
import io.pagewright.content.StaleVersionException;
import io.pagewright.content.StoredSurface;
import io.pagewright.content.SurfaceDefinition;
import io.pagewright.content.SurfaceExistsException;
import io.pagewright.content.SurfaceStore;
import io.pagewright.content.SurfaceSummary;
import io.pagewright.content.VersionSummary;
import io.pagewright.platform.Json;
import io.pagewright.security.Actor;
import io.pagewright.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Surfaces as a head row plus one JSON document per version, through JPA. */
@ApplicationScoped
@Transactional
public class JpaSurfaceStore implements SurfaceStore {

    @PersistenceContext EntityManager em;
    @Inject CurrentActor actor;

    @Override
    public StoredSurface create(SurfaceDefinition definition, String comment) {
        if (head(definition.key(), LockModeType.NONE).isPresent()) {
            throw new SurfaceExistsException(definition.key());
        }
        Instant now = now();
        SurfaceEntity surface = new SurfaceEntity();
        surface.key = definition.key();
        surface.createdAt = now;
        surface.version = 1;
        describe(surface, definition, now);
        em.persist(surface);
        return write(surface, definition, comment, now);
    }

    @Override
    public Optional<StoredSurface> update(
            String key, long expectedVersion, SurfaceDefinition definition, String comment) {
        Optional<SurfaceEntity> found = head(key, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SurfaceEntity surface = found.get();
        if (surface.version != expectedVersion) {
            throw new StaleVersionException(
                    "surface '" + key + "'", expectedVersion, surface.version);
        }
        Instant now = now();
        surface.version++;
        describe(surface, definition, now);
        return Optional.of(write(surface, definition, comment, now));
    }

    @Override
    public Optional<StoredSurface> find(String key) {
        return head(key, LockModeType.NONE).map(s -> read(s, s.version).orElseThrow());
    }

    @Override
    public Optional<StoredSurface> findVersion(String key, long version) {
        return head(key, LockModeType.NONE).flatMap(s -> read(s, version));
    }

    @Override
    public List<VersionSummary> versions(String key) {
        return head(key, LockModeType.NONE)
                .map(s ->
                        em.createQuery(
                                        "select v from SurfaceVersionEntity v where v.surfaceId = :id"
                                                + " order by v.version desc",
                                        SurfaceVersionEntity.class)
                                .setParameter("id", s.id)
                                .getResultStream()
                                .map(v ->
                                        new VersionSummary(
                                                v.version,
                                                v.createdAt,
                                                v.author,
                                                v.comment,
                                                Objects.equals(s.publishedVersion, v.version)))
                                .toList())
                .orElse(List.of());
    }

    @Override
    public List<SurfaceSummary> list() {
        return em.createQuery("select s from SurfaceEntity s order by s.key", SurfaceEntity.class)
                .getResultStream()
                .map(s ->
                        new SurfaceSummary(
                                s.key,
                                s.name,
                                channel(s.channel),
                                s.slotCount,
                                s.variantCount,
                                s.version,
                                s.updatedAt,
                                s.publishedAt,
                                s.publishedVersion))
                .toList();
    }

    @Override
    public boolean delete(String key, long expectedVersion) {
        Optional<SurfaceEntity> found = head(key, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            return false;
        }
        SurfaceEntity surface = found.get();
        if (surface.version != expectedVersion) {
            throw new StaleVersionException(
                    "surface '" + key + "'", expectedVersion, surface.version);
        }
        em.createQuery("delete from SurfaceVersionEntity v where v.surfaceId = :id")
                .setParameter("id", surface.id)
                .executeUpdate();
        em.remove(surface);
        return true;
    }

    @Override
    public void markPublished(String key, long version, Instant at) {
        head(key, LockModeType.PESSIMISTIC_WRITE)
                .ifPresent(s -> {
                    s.publishedAt = at;
                    s.publishedVersion = version;
                });
    }

    @Override
    public void markUnpublished(String key) {
        head(key, LockModeType.PESSIMISTIC_WRITE)
                .ifPresent(s -> {
                    s.publishedAt = null;
                    s.publishedVersion = null;
                });
    }

    @Override
    public Optional<Long> publishedVersion(String key) {
        return em.createQuery(
                        "select s.publishedVersion from SurfaceEntity s where s.key = :key",
                        Long.class)
                .setParameter("key", key)
                .getResultStream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    @Override
    public Set<String> authors(String key, long afterVersion, long upToVersion) {
        return em.createQuery(
                        "select distinct v.author from SurfaceVersionEntity v, SurfaceEntity s"
                                + " where v.surfaceId = s.id and s.key = :key"
                                + " and v.version > :after and v.version <= :upTo"
                                + " and v.author is not null",
                        String.class)
                .setParameter("key", key)
                .setParameter("after", afterVersion)
                .setParameter("upTo", upToVersion)
                .getResultStream()
                .filter(name -> !name.equals(Actor.SYSTEM.name()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Optional<SurfaceEntity> head(String key, LockModeType lock) {
        return em.createQuery(
                        "select s from SurfaceEntity s where s.key = :key", SurfaceEntity.class)
                .setParameter("key", key)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    private static void describe(SurfaceEntity surface, SurfaceDefinition definition, Instant now) {
        surface.name = definition.name();
        surface.channel = definition.channel().wireName();
        surface.slotCount = definition.slots().size();
        surface.variantCount = definition.slots().stream().mapToInt(s -> s.variants().size()).sum();
        surface.updatedAt = now;
    }

    private StoredSurface write(
            SurfaceEntity surface, SurfaceDefinition definition, String comment, Instant now) {
        em.flush();
        SurfaceVersionEntity version = new SurfaceVersionEntity();
        version.surfaceId = surface.id;
        version.version = surface.version;
        version.document = Json.DOCUMENTS.writeValueAsString(definition);
        version.createdAt = now;
        version.comment = comment;
        version.author = actor.get().name();
        em.persist(version);
        return stored(surface, version, definition);
    }

    private Optional<StoredSurface> read(SurfaceEntity surface, long version) {
        SurfaceVersionEntity.Key id = new SurfaceVersionEntity.Key();
        id.surfaceId = surface.id;
        id.version = version;
        return Optional.ofNullable(em.find(SurfaceVersionEntity.class, id))
                .map(v ->
                        stored(
                                surface,
                                v,
                                Json.DOCUMENTS.readValue(v.document, SurfaceDefinition.class)));
    }

    private static StoredSurface stored(
            SurfaceEntity surface, SurfaceVersionEntity version, SurfaceDefinition definition) {
        return new StoredSurface(
                definition,
                version.version,
                surface.createdAt,
                version.createdAt,
                version.comment,
                Optional.ofNullable(surface.publishedAt),
                Optional.ofNullable(surface.publishedVersion));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Channel channel(String wireName) {
        return Channel.fromWireName(wireName)
                .orElseThrow(() ->
                        new IllegalStateException("unknown channel in database: " + wireName));
    }
}
