package io.pagewright.content;

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

    @Transactional
    public StoredComponentType create(
            @NotNull(message = "a component type is required") @Valid
                    ComponentTypeDefinition definition) {
        try {
            return store.create(definition);
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
            return store.update(key, expectedVersion, definition).orElseThrow(() -> unknown(key));
        } catch (StaleVersionException e) {
            throw new StaleVersionProblem(e);
        }
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
