package io.pagewright.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * Prompt budget: at most {@code maxPerSession} prompts per session. A prompt is a variant whose
 * component type is one of {@code componentTypes}; a slot's "none" default of another component
 * type is not a prompt, so a slot can always fall back to showing nothing.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PromptBudget(
        String id,
        List<String> surfaces,
        Optional<String> when,
        List<String> componentTypes,
        Integer maxPerSession)
        implements Rule {

    public PromptBudget {
        surfaces = Documents.list(surfaces);
        when = Documents.option(when);
        componentTypes = Documents.list(componentTypes);
    }
}
