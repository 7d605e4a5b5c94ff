package io.pagewright.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The settings of the {@code bandit} strategy for one slot. {@link #describe()} lists each with its
 * label, help, type, default and bounds for the admin UI; {@link #from(Map)} reads a configured map
 * (missing values take defaults) and {@link #values()} writes one back. docs/learning.md explains
 * each setting.
 */
public record BanditSettings(
        double explorationFloor,
        double exploitation,
        double optimism,
        double priorVariance,
        double rewardNoise,
        double intentMatchPrior,
        double lifecycleMatchPrior,
        int halfLife,
        double importanceWeightCap,
        List<String> contextAttributes,
        Objective objective,
        EscalationRule escalation) {

    private static final List<Setting> SETTINGS = BanditSettingsCatalog.settings();
    private static final Map<String, Setting> BY_NAME =
            SETTINGS.stream().collect(Collectors.toMap(Setting::name, Function.identity()));

    /** Every setting at its default. */
    public static final BanditSettings DEFAULTS = from(Map.of());

    public BanditSettings {
        contextAttributes = List.copyOf(contextAttributes);
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(escalation, "escalation");
        Map<String, Object> values =
                values(
                        explorationFloor,
                        exploitation,
                        optimism,
                        priorVariance,
                        rewardNoise,
                        intentMatchPrior,
                        lifecycleMatchPrior,
                        halfLife,
                        importanceWeightCap,
                        contextAttributes,
                        objective,
                        escalation);
        values.forEach((name, value) -> BY_NAME.get(name).read(value));
    }

    /** What the admin UI renders: every setting, in form order. */
    public static List<Setting> describe() {
        return SETTINGS;
    }

    /**
     * What is wrong with configured values, by setting name: unknown names and values of the wrong
     * type or out of bounds. Empty when {@link #from(Map)} would accept them.
     */
    public static Map<String, String> problems(Map<String, ?> configured) {
        Map<String, String> problems = new LinkedHashMap<>();
        configured.forEach((name, value) -> {
            Setting setting = BY_NAME.get(name);
            if (setting == null) {
                problems.put(
                        name,
                        "is not a setting of the bandit strategy; known: "
                                + String.join(", ", BY_NAME.keySet().stream().sorted().toList()));
                return;
            }
            try {
                setting.read(value);
            } catch (IllegalArgumentException e) {
                problems.put(name, e.getMessage().substring(name.length()).trim());
            }
        });
        return problems;
    }

    /** Settings from configured values by name; absent names take their default. */
    public static BanditSettings from(Map<String, ?> configured) {
        for (String name : configured.keySet()) {
            if (!BY_NAME.containsKey(name)) {
                throw new IllegalArgumentException("unknown bandit setting: " + name);
            }
        }
        Map<String, Object> v = new LinkedHashMap<>();
        SETTINGS.forEach(s -> v.put(s.name(), s.read(configured.get(s.name()))));
        return new BanditSettings(
                (double) v.get("explorationFloor"),
                (double) v.get("exploitation"),
                (double) v.get("optimism"),
                (double) v.get("priorVariance"),
                (double) v.get("rewardNoise"),
                (double) v.get("intentMatchPrior"),
                (double) v.get("lifecycleMatchPrior"),
                (int) v.get("halfLife"),
                (double) v.get("importanceWeightCap"),
                names(v.get("contextAttributes")),
                new Objective(
                        (double) v.get("objective.click"),
                        (double) v.get("objective.conversion"),
                        (double) v.get("objective.revenue"),
                        (double) v.get("objective.margin"),
                        (double) v.get("objective.revenueScale")),
                new EscalationRule(
                        (double) v.get("escalation.maxWidth"),
                        (double) v.get("escalation.minObservations"),
                        (double) v.get("escalation.minMargin")));
    }

    /** These settings by name, as {@link #from(Map)} reads them. */
    public Map<String, Object> values() {
        return values(
                explorationFloor,
                exploitation,
                optimism,
                priorVariance,
                rewardNoise,
                intentMatchPrior,
                lifecycleMatchPrior,
                halfLife,
                importanceWeightCap,
                contextAttributes,
                objective,
                escalation);
    }

    /** A copy with {@code name} set to {@code value}. */
    public BanditSettings with(String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(values());
        changed.put(name, value);
        return from(changed);
    }

    private static Map<String, Object> values(
            double explorationFloor,
            double exploitation,
            double optimism,
            double priorVariance,
            double rewardNoise,
            double intentMatchPrior,
            double lifecycleMatchPrior,
            int halfLife,
            double importanceWeightCap,
            List<String> contextAttributes,
            Objective objective,
            EscalationRule escalation) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("explorationFloor", explorationFloor);
        v.put("exploitation", exploitation);
        v.put("optimism", optimism);
        v.put("priorVariance", priorVariance);
        v.put("rewardNoise", rewardNoise);
        v.put("intentMatchPrior", intentMatchPrior);
        v.put("lifecycleMatchPrior", lifecycleMatchPrior);
        v.put("halfLife", halfLife);
        v.put("importanceWeightCap", importanceWeightCap);
        v.put("contextAttributes", contextAttributes);
        v.put("objective.click", objective.click());
        v.put("objective.conversion", objective.conversion());
        v.put("objective.revenue", objective.revenue());
        v.put("objective.margin", objective.margin());
        v.put("objective.revenueScale", objective.revenueScale());
        v.put("escalation.maxWidth", escalation.maxWidth());
        v.put("escalation.minObservations", escalation.minObservations());
        v.put("escalation.minMargin", escalation.minMargin());
        return v;
    }

    private static List<String> names(Object value) {
        return ((List<?>) value).stream().map(String.class::cast).toList();
    }
}
