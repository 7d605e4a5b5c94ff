package io.pagewright.policy.predicate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The profile attributes a policy may name, with their types. Predicates that name an unknown
 * attribute or compare it with a value of another type are rejected when a policy is saved, not
 * silently false at request time. {@link #defaults()} covers the minimum viable profile; a
 * deployment adds its own attributes with {@link #with(Field)}.
 */
public final class FieldCatalog {

    private static final FieldCatalog DEFAULTS =
            new FieldCatalog(Map.of())
                    .with(
                            Field.of(
                                    "intent",
                                    FieldType.STRING,
                                    "research",
                                    "comparison",
                                    "ready-to-buy",
                                    "post-purchase"))
                    .with(
                            Field.of(
                                    "lifecycleStage",
                                    FieldType.STRING,
                                    "new-visitor",
                                    "first-time-buyer",
                                    "loyal-customer",
                                    "trial",
                                    "activated",
                                    "at-risk"))
                    .with(
                            Field.of(
                                    "ageBand",
                                    FieldType.STRING,
                                    "under-18",
                                    "18-24",
                                    "25-44",
                                    "45-64",
                                    "65-plus"))
                    .with(Field.of("region", FieldType.STRING, "eu", "uk", "us", "apac"))
                    .with(Field.of("device", FieldType.STRING, "mobile", "desktop", "tablet"))
                    .with(
                            Field.of(
                                    "trafficSource",
                                    FieldType.STRING,
                                    "direct",
                                    "search",
                                    "social",
                                    "email",
                                    "paid"))
                    .with(Field.of("locale", FieldType.STRING, "en-GB", "en-US", "de-DE", "fr-FR"))
                    .with(Field.of("planTier", FieldType.STRING, "free", "team", "enterprise"))
                    .with(Field.of("ltvBand", FieldType.STRING, "low", "medium", "high"))
                    .with(Field.of("userRole", FieldType.STRING, "admin", "developer", "analyst"))
                    .with(Field.of("teamSize", FieldType.NUMBER, 1, 5, 25, 200))
                    .with(Field.of("lastPurchaseValue", FieldType.NUMBER, 0, 40, 120, 900))
                    .with(Field.of("consent.personalization", FieldType.BOOLEAN, true, false))
                    .with(Field.of("consent.marketing", FieldType.BOOLEAN, true, false));

    private final Map<String, Field> fields;

    private FieldCatalog(Map<String, Field> fields) {
        this.fields = Map.copyOf(fields);
    }

    /** The attributes of the minimum viable profile: identity-free context, value and consent. */
    public static FieldCatalog defaults() {
        return DEFAULTS;
    }

    /** A catalog with {@code field} added, replacing any field of the same name. */
    public FieldCatalog with(Field field) {
        Map<String, Field> copy = new LinkedHashMap<>(fields);
        copy.put(field.name(), field);
        return new FieldCatalog(copy);
    }

    public Optional<Field> find(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public Collection<Field> fields() {
        return fields.values();
    }

    /** The known name closest to {@code name} within two edits, to suggest on a typo. */
    public Optional<String> closestName(String name) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : fields.keySet()) {
            int distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance
                    || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
