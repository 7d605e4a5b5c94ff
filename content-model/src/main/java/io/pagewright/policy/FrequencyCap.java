package io.pagewright.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * Frequency cap: at most {@code max} impressions of a variant, a slot or an offer type (the {@code
 * subject}, named by {@code key}) per visitor in the {@code window}, this page included. Counted by
 * key across surfaces. A capped slot is left out of the page once its cap is reached.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FrequencyCap(
        String id,
        List<String> surfaces,
        Optional<String> when,
        CapSubject subject,
        String key,
        Integer max,
        Window window)
        implements Rule {

    public FrequencyCap {
        surfaces = Documents.list(surfaces);
        when = Documents.option(when);
    }
}
