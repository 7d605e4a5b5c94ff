package io.pagewright.search;

import java.io.Reader;
import java.io.StringReader;
import java.util.Objects;

/**
 * An index Pagewright owns: its name, the version of its explicit mapping, and the mapping. The
 * physical index is {@code <prefix>-<name>-v<version>} behind the alias {@code <prefix>-<name>}; a
 * mapping change gets a new version, never an in-place change (see {@link IndexVersions}).
 */
public record IndexDefinition(String name, int version, String mapping) {

    /** The published snapshot the decision engine reads: one document per published variant. */
    static final IndexDefinition VARIANTS =
            new IndexDefinition(
                    "variants",
                    2,
                    """
                    {
                      "dynamic": "strict",
                      "properties": {
                        "surface":         { "type": "keyword" },
                        "channel":         { "type": "keyword" },
                        "slot":            { "type": "keyword" },
                        "slotPosition":    { "type": "integer" },
                        "defaultVariant":  { "type": "keyword" },
                        "variant":         { "type": "keyword" },
                        "variantPosition": { "type": "integer" },
                        "name":            { "type": "text", "fields": { "raw": { "type": "keyword" } } },
                        "componentType":   { "type": "keyword" },
                        "content":         { "type": "object", "enabled": false },
                        "contentText":     { "type": "text" },
                        "intents":         { "type": "keyword" },
                        "lifecycleStages": { "type": "keyword" },
                        "categories":      { "type": "keyword" },
                        "offerType":       { "type": "keyword" },
                        "discountPercent": { "type": "double" },
                        "marginClass":     { "type": "keyword" },
                        "publishedAt":     { "type": "date" }
                      }
                    }
                    """);

    /** The editors' search index: every variant of every surface's current version. */
    static final IndexDefinition CONTENT =
            new IndexDefinition(
                    "content",
                    1,
                    """
                    {
                      "dynamic": "strict",
                      "properties": {
                        "surface":         { "type": "keyword" },
                        "surfaceName":     { "type": "text" },
                        "channel":         { "type": "keyword" },
                        "slot":            { "type": "keyword" },
                        "variant":         { "type": "keyword" },
                        "name":            { "type": "text", "fields": { "raw": { "type": "keyword" } } },
                        "componentType":   { "type": "keyword" },
                        "contentText":     { "type": "text" },
                        "intents":         { "type": "keyword" },
                        "lifecycleStages": { "type": "keyword" },
                        "categories":      { "type": "keyword" },
                        "locales":         { "type": "keyword" },
                        "offerType":       { "type": "keyword" },
                        "status":          { "type": "keyword" },
                        "version":         { "type": "long" },
                        "updatedAt":       { "type": "date" }
                      }
                    }
                    """);

    public IndexDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mapping, "mapping");
    }

    String alias(String prefix) {
        return prefix + "-" + name;
    }

    String index(String prefix) {
        return alias(prefix) + "-v" + version;
    }

    Reader mappingReader() {
        return new StringReader(mapping);
    }
}
