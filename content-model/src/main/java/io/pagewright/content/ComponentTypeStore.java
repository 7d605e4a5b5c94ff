package io.pagewright.content;

import java.util.List;
import java.util.Optional;

/** Where component types live. */
public interface ComponentTypeStore {

    /**
     * @throws ComponentTypeExistsException if the key is taken
     */
    StoredComponentType create(ComponentTypeDefinition definition);

    /**
     * @throws StaleVersionException if another change came first
     */
    Optional<StoredComponentType> update(
            String key, long expectedVersion, ComponentTypeDefinition definition);

    Optional<StoredComponentType> find(String key);

    /**
     * Deletes the component type, if it is still at {@code expectedVersion}.
     *
     * @return false if there is no such component type
     * @throws StaleVersionException if another change came first
     */
    boolean delete(String key, long expectedVersion);

    /** All component types, ordered by key. */
    List<StoredComponentType> list();
}
