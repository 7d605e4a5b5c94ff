package io.pagewright.content.store;

import io.pagewright.content.ComponentTypeDefinition;
import io.pagewright.content.ComponentTypeExistsException;
import io.pagewright.content.ComponentTypeStore;
import io.pagewright.content.StaleVersionException;
import io.pagewright.content.StoredComponentType;
import io.pagewright.platform.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Component types through JPA. */
@ApplicationScoped
@Transactional
public class JpaComponentTypeStore implements ComponentTypeStore {

    @PersistenceContext EntityManager em;

    @Override
    public StoredComponentType create(ComponentTypeDefinition definition) {
        if (entity(definition.key(), LockModeType.NONE).isPresent()) {
            throw new ComponentTypeExistsException(definition.key());
        }
        ComponentTypeEntity type = new ComponentTypeEntity();
        type.key = definition.key();
        type.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        type.version = 1;
        apply(type, definition, type.createdAt);
        em.persist(type);
        return stored(type);
    }

    @Override
    public Optional<StoredComponentType> update(
            String key, long expectedVersion, ComponentTypeDefinition definition) {
        return entity(key, LockModeType.PESSIMISTIC_WRITE)
                .map(type -> {
                    if (type.version != expectedVersion) {
                        throw new StaleVersionException(
                                "component type '" + key + "'", expectedVersion, type.version);
                    }
                    type.version++;
                    apply(type, definition, Instant.now().truncatedTo(ChronoUnit.MICROS));
                    return stored(type);
                });
    }

    @Override
    public Optional<StoredComponentType> find(String key) {
        return entity(key, LockModeType.NONE).map(JpaComponentTypeStore::stored);
    }

    @Override
    public boolean delete(String key, long expectedVersion) {
        Optional<ComponentTypeEntity> found = entity(key, LockModeType.PESSIMISTIC_WRITE);
        found.ifPresent(type -> {
            if (type.version != expectedVersion) {
                throw new StaleVersionException(
                        "component type '" + key + "'", expectedVersion, type.version);
            }
            em.remove(type);
        });
        return found.isPresent();
    }

    @Override
    public List<StoredComponentType> list() {
        return em.createQuery(
                        "select t from ComponentTypeEntity t order by t.key",
                        ComponentTypeEntity.class)
                .getResultStream()
                .map(JpaComponentTypeStore::stored)
                .toList();
    }

    private Optional<ComponentTypeEntity> entity(String key, LockModeType lock) {
        return em.createQuery(
                        "select t from ComponentTypeEntity t where t.key = :key",
                        ComponentTypeEntity.class)
                .setParameter("key", key)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    private static void apply(
            ComponentTypeEntity type, ComponentTypeDefinition definition, Instant now) {
        type.name = definition.name();
        type.document = Json.DOCUMENTS.writeValueAsString(definition);
        type.updatedAt = now;
    }

    private static StoredComponentType stored(ComponentTypeEntity type) {
        return new StoredComponentType(
                Json.DOCUMENTS.readValue(type.document, ComponentTypeDefinition.class),
                type.version,
                type.createdAt,
                type.updatedAt);
    }
}
