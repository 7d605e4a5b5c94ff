package io.pagewright.content;

import io.pagewright.platform.ValidationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs the repository-dependent rules of the content model and rejects what breaks them. */
@ApplicationScoped
public class ContentChecks {

    @Inject ComponentTypeStore types;
    @Inject VocabularyStore vocabularies;

    public void requireValid(SurfaceDefinition surface) {
        requireValid(surface, "");
    }

    /**
     * Like {@link #requireValid(SurfaceDefinition)} for a request whose body is one part of the
     * surface (a slot, a variant): violations inside {@code bodyPath} are reported relative to it.
     */
    public void requireValid(SurfaceDefinition surface, String bodyPath) {
        List<Violation> violations =
                rules().check(surface).stream()
                        .map(v -> bodyPath.isEmpty() ? v : v.within(bodyPath))
                        .toList();
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
    }

    private SurfaceRules rules() {
        Map<String, ComponentTypeDefinition> known =
                types.list().stream()
                        .map(StoredComponentType::definition)
                        .collect(
                                Collectors.toMap(
                                        ComponentTypeDefinition::key, Function.identity()));
        return new SurfaceRules(known, vocabularies.all());
    }
}
