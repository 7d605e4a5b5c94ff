package io.pagewright.content;

/** A component type with this key already exists. */
public class ComponentTypeExistsException extends RuntimeException {
    public ComponentTypeExistsException(String key) {
        super("a component type with key '" + key + "' already exists");
    }
}
