package io.pagewright.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * Required companion: a page that shows a variant matching {@code trigger} must also show a variant
 * matching {@code companion}, in any slot (the trigger itself counts, so an offer that carries its
 * own legal text is compliant).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RequiredCompanion(
        String id,
        List<String> surfaces,
        Optional<String> when,
        VariantSelector trigger,
        VariantSelector companion)
        implements Rule {

    public RequiredCompanion {
        surfaces = Documents.list(surfaces);
        when = Documents.option(when);
    }
}
