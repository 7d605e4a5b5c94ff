package io.pagewright.catalog;

/** The catalog could not answer in time ({@link #late()}) or at all. */
public class CatalogUnavailableException extends RuntimeException {

    private final boolean late;

    public CatalogUnavailableException(String message, boolean late, Throwable cause) {
        super(message, cause);
        this.late = late;
    }

    public boolean late() {
        return late;
    }

    /** The fallback reason a decision records. */
    public String reason() {
        return late ? "catalog-late" : "catalog-unavailable";
    }
}
