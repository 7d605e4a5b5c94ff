package io.pagewright.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The differences between two JSON documents as a list of changed paths with their before and after
 * values. Arrays of objects that carry a {@code key} (slots, variants, fields) are matched by key,
 * so a path reads {@code /slots[hero]/variants[spring-sale]/content/headline} and moving an element
 * does not show as a change of everything after it.
 */
public final class JsonDiff {

    /** One changed value; {@code before} is null for additions, {@code after} for removals. */
    public record Change(String path, JsonNode before, JsonNode after) {}

    private JsonDiff() {}

    public static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        diff("", missingAsNull(before), missingAsNull(after), changes);
        return changes;
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<Change> out) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>(a.propertyNames());
            names.addAll(b.propertyNames());
            for (String name : names) {
                diff(
                        path + "/" + name,
                        missingAsNull(a.get(name)),
                        missingAsNull(b.get(name)),
                        out);
            }
        } else if (a != null && b != null && keyed(a) && keyed(b)) {
            Map<String, JsonNode> left = byKey(a);
            Map<String, JsonNode> right = byKey(b);
            Set<String> keys = new LinkedHashSet<>(left.keySet());
            keys.addAll(right.keySet());
            for (String key : keys) {
                diff(path + "[" + key + "]", left.get(key), right.get(key), out);
            }
            if (!left.keySet().stream()
                    .filter(right::containsKey)
                    .toList()
                    .equals(right.keySet().stream().filter(left::containsKey).toList())) {
                out.add(new Change(path + "#order", null, null));
            }
        } else {
            out.add(new Change(path.isEmpty() ? "/" : path, a, b));
        }
    }

    private static boolean keyed(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            return false;
        }
        for (JsonNode element : node.values()) {
            if (!element.isObject()
                    || element.get("key") == null
                    || !element.get("key").isString()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byKey(JsonNode array) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (JsonNode element : array.values()) {
            map.put(element.get("key").asString(), element);
        }
        return map;
    }

    private static JsonNode missingAsNull(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node;
    }
}
