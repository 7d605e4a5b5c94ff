package io.pagewright.search;

import java.io.StringReader;

/**
 * The explicit, versioned mapping of the variants index. A mapping change gets a new version: a new
 * index is built and the alias swapped, never an in-place change.
 */
final class VariantIndexMapping {

    static final int VERSION = 2;

    private VariantIndexMapping() {}

    static String alias(String prefix) {
        return prefix + "-variants";
    }

    static String index(String prefix) {
        return alias(prefix) + "-v" + VERSION;
    }

    static StringReader json() {
        return new StringReader(
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
    }
}
