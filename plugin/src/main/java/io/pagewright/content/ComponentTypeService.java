package io.pagewright.content;

import io.pagewright.audit.AuditTrail;
import io.pagewright.platform.ConflictProblem;
import io.pagewright.platform.FieldError;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.platform.StaleVersionProblem;
import io.pagewright.platform.ValidationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Creating and changing component types. */
@ApplicationScoped
public class ComponentTypeService {

    @Inject ComponentTypeStore store;
    @Inject SurfaceStore surfaces;
    @Inject AuditTrail audit;

    @Transactional
    public StoredComponentType create(
            @NotNull(message = "a component type is required") @Valid
                    ComponentTypeDefinition definition) {
        try {
            StoredComponentType created = store.create(definition);
            audit.record(
                    "created",
                    "component-type",
                    definition.key(),
                    created.version(),
                    null,
                    null,
                    definition);
            return created;
        } catch (ComponentTypeExistsException e) {
            throw new ConflictProblem(
                    "component-type-exists",
                    "A component type with this key exists",
                    e.getMessage(),
                    List.of(new FieldError("key", "is already used by another component type")));
        }
    }

    @Transactional
    public StoredComponentType update(
            String key,
            long expectedVersion,
            @NotNull(message = "a component type is required") @Valid
                    ComponentTypeDefinition definition) {
        if (!key.equals(definition.key())) {
            throw new ValidationProblem(
                    List.of(
                            new Violation(
                                    "key",
                                    "must be '"
                                            + key
                                            + "': a component type's key cannot change")));
        }
        try {
            ComponentTypeDefinition before = get(key).definition();
            StoredComponentType updated =
                    store.update(key, expectedVersion, definition).orElseThrow(() -> unknown(key));
            audit.record(
                    "changed", "component-type", key, updated.version(), null, before, definition);
            return updated;
        } catch (StaleVersionException e) {
            throw new StaleVersionProblem(e);
        }
    }

    /**
     * Deletes the component type, if {@code expectedVersion} is still the current one and no
     * surface's current version uses it.
     */
    @Transactional
    public void delete(String key, long expectedVersion) {
        StoredComponentType type = get(key);
        if (type.version() != expectedVersion) {
            throw new StaleVersionProblem(
                    new StaleVersionException(
                            "component type '" + key + "'", expectedVersion, type.version()));
        }
        List<StoredSurface> users = usersOf(key);
        if (!users.isEmpty()) {
            throw new ConflictProblem(
                    "component-type-in-use",
                    "The component type is in use",
                    "Component type '"
                            + key
                            + "' is used by "
                            + users.size()
                            + (users.size() == 1 ? " surface" : " surfaces")
                            + " ("
                            + String.join(
                                    ", ", users.stream().map(s -> s.definition().key()).toList())
                            + "); change their variants to another type first.",
                    users.stream()
                            .map(s ->
                                    new FieldError(
                                            "surfaces",
                                            "'"
                                                    + s.definition().key()
                                                    + "' (version "
                                                    + s.version()
                                                    + ") uses it"))
                            .toList());
        }
        try {
            store.delete(key, expectedVersion);
            audit.record(
                    "deleted",
                    "component-type",
                    key,
                    expectedVersion,
                    null,
                    type.definition(),
                    null);
        } catch (StaleVersionException e) {
            throw new StaleVersionProblem(e);
        }
    }

    /** The current versions of the surfaces with a variant of this type, ordered by key. */
    private List<StoredSurface> usersOf(String type) {
        return surfaces.list().stream()
                .flatMap(s -> surfaces.find(s.key()).stream())
                .filter(s -> s.definition().usesComponentType(type))
                .toList();
    }

    public StoredComponentType get(String key) {
        return store.find(key).orElseThrow(() -> unknown(key));
    }

    public List<StoredComponentType> list() {
        return store.list();
    }

    public boolean exists(String key) {
        return store.find(key).isPresent();
    }

    private static NotFoundProblem unknown(String key) {
        return new NotFoundProblem(
                "component-type-not-found",
                "No such component type",
                "There is no component type with key '" + key + "'.");
    }
}
