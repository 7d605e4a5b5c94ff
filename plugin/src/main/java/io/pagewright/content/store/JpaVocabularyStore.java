package io.pagewright.content.store;

import io.pagewright.content.Vocabularies;
import io.pagewright.content.VocabularyEntry;
import io.pagewright.content.VocabularyKind;
import io.pagewright.content.VocabularyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Vocabulary values through JPA; the built-in ones are inserted by a migration. */
@ApplicationScoped
@Transactional
public class JpaVocabularyStore implements VocabularyStore {

    @PersistenceContext EntityManager em;

    @Override
    public Vocabularies all() {
        Map<VocabularyKind, Set<String>> values = new EnumMap<>(VocabularyKind.class);
        em.createQuery("select v from VocabularyValueEntity v", VocabularyValueEntity.class)
                .getResultStream()
                .forEach(v ->
                        VocabularyKind.fromWireName(v.kind)
                                .ifPresent(k ->
                                        values.computeIfAbsent(k, x -> new HashSet<>())
                                                .add(v.value)));
        return new Vocabularies(values);
    }

    @Override
    public List<VocabularyEntry> list(VocabularyKind kind) {
        return em.createQuery(
                        "select v from VocabularyValueEntity v where v.kind = :kind order by v.builtin desc, v.createdAt, v.value",
                        VocabularyValueEntity.class)
                .setParameter("kind", kind.wireName())
                .getResultStream()
                .map(v -> new VocabularyEntry(v.value, v.label, v.builtin))
                .toList();
    }

    @Override
    public boolean add(VocabularyKind kind, VocabularyEntry entry) {
        if (find(kind, entry.value()) != null) {
            return false;
        }
        VocabularyValueEntity value = new VocabularyValueEntity();
        value.kind = kind.wireName();
        value.value = entry.value();
        value.label = entry.label();
        value.builtin = false;
        value.createdAt = Instant.now();
        em.persist(value);
        return true;
    }

    @Override
    public boolean remove(VocabularyKind kind, String value) {
        VocabularyValueEntity found = find(kind, value);
        if (found == null) {
            return false;
        }
        if (found.builtin) {
            throw new IllegalStateException("built-in value");
        }
        em.remove(found);
        return true;
    }

    private VocabularyValueEntity find(VocabularyKind kind, String value) {
        VocabularyValueEntity.Key key = new VocabularyValueEntity.Key();
        key.kind = kind.wireName();
        key.value = value;
        return em.find(VocabularyValueEntity.class, key);
    }
}
