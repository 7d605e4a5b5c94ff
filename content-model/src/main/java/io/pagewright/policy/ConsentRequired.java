package io.pagewright.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * Consent: unless the visitor's boolean {@code attribute} (e.g. {@code consent.personalization}) is
 * {@code true}, no personalization: every slot serves its default, still within the other rules.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConsentRequired(
        String id, List<String> surfaces, Optional<String> when, String attribute) implements Rule {

    public ConsentRequired {
        surfaces = Documents.list(surfaces);
        when = Documents.option(when);
    }
}
