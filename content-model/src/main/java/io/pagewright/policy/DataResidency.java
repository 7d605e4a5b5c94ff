package io.pagewright.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * Data residency: for visitors in the segment (e.g. {@code region in ["eu"]}), strategies get the
 * visitor without {@code attributes}. Rules still read the whole profile: they protect the visitor.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DataResidency(
        String id, List<String> surfaces, Optional<String> when, List<String> attributes)
        implements Rule {

    public DataResidency {
        surfaces = Documents.list(surfaces);
        when = Documents.option(when);
        attributes = Documents.list(attributes);
    }
}
