package io.pagewright.content;

import io.pagewright.platform.ValidationProblem;
import io.pagewright.search.IndexOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Export and import of a whole surface with its component types. An import is validated as a whole,
 * every error reported with its path in the document, and applied in one transaction: an invalid
 * document changes nothing.
 */
@ApplicationScoped
public class SurfaceBundles {

    @Inject Validator validator;
    @Inject SurfaceStore surfaces;
    @Inject ComponentTypeStore types;
    @Inject VocabularyStore vocabularies;
    @Inject IndexOutbox outbox;

    /** What an import did. */
    public record Imported(
            StoredSurface surface, boolean created, List<String> componentTypesCreated) {}

    public SurfaceBundle export(String key) {
        StoredSurface surface =
                surfaces.find(key).orElseThrow(() -> SurfaceService.unknownSurface(key));
        Set<String> used =
                surface.definition().slots().stream()
                        .flatMap(s -> s.variants().stream())
                        .map(VariantDefinition::componentType)
                        .collect(Collectors.toCollection(TreeSet::new));
        List<ComponentTypeDefinition> definitions =
                used.stream()
                        .map(types::find)
                        .flatMap(Optional::stream)
                        .map(StoredComponentType::definition)
                        .toList();
        return new SurfaceBundle(SurfaceBundle.FORMAT, definitions, surface.definition());
    }

    @Transactional
    public Imported importBundle(SurfaceBundle bundle, String comment) {
        if (bundle == null) {
            throw new ValidationProblem(
                    List.of(new Violation("$", "a surface bundle is required")));
        }
        requireWellFormed(bundle);
        Map<String, ComponentTypeDefinition> known =
                types.list().stream()
                        .map(StoredComponentType::definition)
                        .collect(
                                Collectors.toMap(
                                        ComponentTypeDefinition::key, Function.identity()));
        List<Violation> violations = new ArrayList<>();
        Map<String, ComponentTypeDefinition> combined = new HashMap<>(known);
        List<ComponentTypeDefinition> toCreate = new ArrayList<>();
        for (int i = 0; i < bundle.componentTypes().size(); i++) {
            ComponentTypeDefinition type = bundle.componentTypes().get(i);
            ComponentTypeDefinition stored = known.get(type.key());
            if (stored == null) {
                toCreate.add(type);
                combined.put(type.key(), type);
            } else if (!stored.equals(type)) {
                violations.add(
                        new Violation(
                                "componentTypes[" + i + "]",
                                "differs from the stored component type '"
                                        + type.key()
                                        + "'; change it through its own endpoint first, or import it under another key"));
            }
        }
        new SurfaceRules(combined, vocabularies.all())
                .check(bundle.surface())
                .forEach(v -> violations.add(v.under("surface")));
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        toCreate.forEach(types::create);
        String note = comment == null ? "imported" : comment;
        Optional<StoredSurface> existing = surfaces.find(bundle.surface().key());
        StoredSurface result =
                existing.isEmpty()
                        ? surfaces.create(bundle.surface(), note)
                        : surfaces.update(
                                        bundle.surface().key(),
                                        existing.get().version(),
                                        bundle.surface(),
                                        note)
                                .orElseThrow();
        return new Imported(
                result,
                existing.isEmpty(),
                toCreate.stream().map(ComponentTypeDefinition::key).toList());
    }

    private void requireWellFormed(SurfaceBundle bundle) {
        Set<ConstraintViolation<SurfaceBundle>> violations = validator.validate(bundle);
        if (!violations.isEmpty()) {
            throw new ValidationProblem(
                    violations.stream()
                            .map(v ->
                                    new Violation(
                                            io.pagewright.platform.ConstraintPaths.of(v),
                                            v.getMessage()))
                            .toList());
        }
    }
}
