package io.pagewright.search;

import java.io.StringReader;

/** The explicit, versioned mapping of the editors' content index. */
final class ContentIndexMapping {

    static final int VERSION = 1;

    private ContentIndexMapping() {}

    static String alias(String prefix) {
        return prefix + "-content";
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
    }
}
