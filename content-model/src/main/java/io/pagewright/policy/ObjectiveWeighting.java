package io.pagewright.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Objective weighting: what the learner optimizes for the segment, as non-negative weights of
 * outcomes ({@code click}, {@code conversion}, {@code revenue}, {@code margin}). Steers, never
 * filters; the first matching objective rule wins.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ObjectiveWeighting(
        String id, List<String> surfaces, Optional<String> when, Map<String, Double> weights)
        implements Rule {

    public ObjectiveWeighting {
        surfaces = Documents.list(surfaces);
        when = Documents.option(when);
        weights =
                weights == null
                        ? Map.of()
                        : Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }
}
