package io.pagewright.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named place on a surface with its candidate variants; {@code defaultVariant} names the control
 * experience, which is always eligible and the fallback. {@code constraints} say what the slot
 * accepts and demands (none when absent). {@code strategySettings} configure the slot's strategy
 * (the {@code bandit} strategy's settings by name, see {@code BanditSettings.describe()}); absent
 * ones take their defaults.
 */
@ConsistentSlot
public record SlotDefinition(
        @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String key,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String defaultVariant,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull VariantDefinition> variants,
        @Valid SlotConstraints constraints,
        @Pattern(regexp = STRATEGIES, message = "must be one of default, rules, bandit")
                String strategy,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> strategySettings) {

    /** The strategy ids a slot may name; absent means {@value #DEFAULT_STRATEGY}. */
    public static final String STRATEGIES = "default|rules|bandit";

    public static final String DEFAULT_STRATEGY = "rules";

    public SlotDefinition {
        variants = Lists.copyOrNull(variants);
        constraints = constraints == null ? SlotConstraints.NONE : constraints;
        strategySettings =
                strategySettings == null
                        ? Map.of()
                        : Collections.unmodifiableMap(new LinkedHashMap<>(strategySettings));
    }

    public SlotDefinition(
            String key,
            String name,
            String defaultVariant,
            List<VariantDefinition> variants,
            SlotConstraints constraints,
            String strategy) {
        this(key, name, defaultVariant, variants, constraints, strategy, null);
    }

    public SlotDefinition(
            String key,
            String name,
            String defaultVariant,
            List<VariantDefinition> variants,
            SlotConstraints constraints) {
        this(key, name, defaultVariant, variants, constraints, null, null);
    }

    /** The strategy that decides this slot: the one named, else {@value #DEFAULT_STRATEGY}. */
    public String strategyOrDefault() {
        return strategy == null ? DEFAULT_STRATEGY : strategy;
    }
}
