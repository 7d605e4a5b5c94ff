package io.pagewright.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * Exclusion: for visitors in the segment, variants that match {@code exclude} are ineligible, e.g.
 * restricted categories for under-18 profiles. A mask.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Exclusion(
        String id, List<String> surfaces, Optional<String> when, VariantSelector exclude)
        implements Rule {

    public Exclusion {
        surfaces = Documents.list(surfaces);
        when = Documents.option(when);
    }
}
