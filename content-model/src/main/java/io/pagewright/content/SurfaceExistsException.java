package io.pagewright.content;

/** A surface with this key already exists. */
public class SurfaceExistsException extends RuntimeException {
    private final String key;

    public SurfaceExistsException(String key) {
        super("a surface with key '" + key + "' already exists");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
