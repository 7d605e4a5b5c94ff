package io.pagewright.content.store;

import io.pagewright.content.Channel;
import io.pagewright.content.Offer;
import io.pagewright.content.SlotDefinition;
import io.pagewright.content.StoredSurface;
import io.pagewright.content.SurfaceDefinition;
import io.pagewright.content.SurfaceExistsException;
import io.pagewright.content.SurfaceStore;
import io.pagewright.content.SurfaceSummary;
import io.pagewright.content.Tags;
import io.pagewright.content.VariantDefinition;
import io.pagewright.platform.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;

/** Surfaces in the relational database through JPA. */
@ApplicationScoped
@Transactional
public class JpaSurfaceStore implements SurfaceStore {

    private static final TypeReference<Map<String, Object>> CONTENT = new TypeReference<>() {};

    @PersistenceContext EntityManager em;

    @Override
    public StoredSurface create(SurfaceDefinition definition) {
        if (findEntity(definition.key()).isPresent()) {
            throw new SurfaceExistsException(definition.key());
        }
        Instant now = Instant.now();
        SurfaceEntity surface = new SurfaceEntity();
        surface.key = definition.key();
        surface.name = definition.name();
        surface.channel = definition.channel().wireName();
        surface.createdAt = now;
        surface.updatedAt = now;
        for (int i = 0; i < definition.slots().size(); i++) {
            surface.slots.add(slotEntity(surface, definition.slots().get(i), i));
        }
        em.persist(surface);
        em.flush();
        return toStored(surface);
    }

    @Override
    public Optional<StoredSurface> find(String key) {
        return findEntity(key).map(JpaSurfaceStore::toStored);
    }

    @Override
    public List<SurfaceSummary> list() {
        return em
                .createQuery("select s from SurfaceEntity s order by s.key", SurfaceEntity.class)
                .getResultList()
                .stream()
                .map(s ->
                        new SurfaceSummary(
                                s.key,
                                s.name,
                                channel(s.channel),
                                s.slots.size(),
                                s.slots.stream().mapToInt(slot -> slot.variants.size()).sum(),
                                s.version,
                                s.publishedAt))
                .toList();
    }

    @Override
    public void markPublished(String key, Instant at) {
        findEntity(key)
                .ifPresent(s -> {
                    s.publishedAt = at;
                    s.updatedAt = at;
                });
    }

    private Optional<SurfaceEntity> findEntity(String key) {
        return em.createQuery(
                        "select s from SurfaceEntity s where s.key = :key", SurfaceEntity.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private static SlotEntity slotEntity(
            SurfaceEntity surface, SlotDefinition definition, int position) {
        SlotEntity slot = new SlotEntity();
        slot.surface = surface;
        slot.key = definition.key();
        slot.name = definition.name();
        slot.position = position;
        slot.defaultVariant = definition.defaultVariant();
        for (int i = 0; i < definition.variants().size(); i++) {
            slot.variants.add(variantEntity(slot, definition.variants().get(i), i));
        }
        return slot;
    }

    private static VariantEntity variantEntity(
            SlotEntity slot, VariantDefinition definition, int position) {
        VariantEntity variant = new VariantEntity();
        variant.slot = slot;
        variant.key = definition.key();
        variant.name = definition.name();
        variant.componentType = definition.componentType();
        variant.contentJson = Json.MAPPER.writeValueAsString(definition.content());
        variant.position = position;
        if (definition.offer() != null) {
            variant.offerType = definition.offer().type();
            variant.discountPercent = definition.offer().discountPercent();
            variant.marginClass = definition.offer().marginClass();
        }
        Tags tags = definition.tags();
        tags.intents().forEach(t -> variant.tags.add(new VariantTag(VariantTag.INTENT, t)));
        tags.lifecycleStages()
                .forEach(t -> variant.tags.add(new VariantTag(VariantTag.LIFECYCLE, t)));
        tags.categories().forEach(t -> variant.tags.add(new VariantTag(VariantTag.CATEGORY, t)));
        return variant;
    }

    private static StoredSurface toStored(SurfaceEntity s) {
        List<SlotDefinition> slots = new ArrayList<>();
        for (SlotEntity slot : s.slots) {
            slots.add(
                    new SlotDefinition(
                            slot.key,
                            slot.name,
                            slot.defaultVariant,
                            slot.variants.stream().map(JpaSurfaceStore::toDefinition).toList()));
        }
        return new StoredSurface(
                new SurfaceDefinition(s.key, s.name, channel(s.channel), slots),
                s.version,
                s.createdAt,
                s.updatedAt,
                Optional.ofNullable(s.publishedAt));
    }

    private static VariantDefinition toDefinition(VariantEntity v) {
        Tags tags =
                new Tags(
                        tagsOf(v, VariantTag.INTENT),
                        tagsOf(v, VariantTag.LIFECYCLE),
                        tagsOf(v, VariantTag.CATEGORY));
        Offer offer =
                v.offerType == null
                        ? null
                        : new Offer(v.offerType, v.discountPercent, v.marginClass);
        return new VariantDefinition(
                v.key,
                v.name,
                v.componentType,
                Json.MAPPER.readValue(v.contentJson, CONTENT),
                tags,
                offer);
    }

    private static List<String> tagsOf(VariantEntity v, String kind) {
        return v.tags.stream()
                .filter(t -> t.kind().equals(kind))
                .map(VariantTag::value)
                .sorted()
                .toList();
    }

    private static Channel channel(String wireName) {
        return Channel.fromWireName(wireName)
                .orElseThrow(() ->
                        new IllegalStateException("unknown channel in database: " + wireName));
    }
}
