package io.pagewright.content;

import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.VariantIndex;
import io.pagewright.platform.ConflictProblem;
import io.pagewright.platform.FieldError;
import io.pagewright.platform.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Creating, reading and publishing surfaces. */
@ApplicationScoped
public class SurfaceService {

    @Inject SurfaceStore store;
    @Inject VariantIndex index;

    @Transactional
    public StoredSurface create(
            @NotNull(message = "a surface is required") @Valid SurfaceDefinition definition) {
        try {
            return store.create(definition);
        } catch (SurfaceExistsException e) {
            throw new ConflictProblem(
                    "surface-exists",
                    "A surface with this key exists",
                    e.getMessage(),
                    List.of(new FieldError("key", "is already used by another surface")));
        }
    }

    public List<SurfaceSummary> list() {
        return store.list();
    }

    public StoredSurface get(String key) {
        return store.find(key).orElseThrow(() -> unknownSurface(key));
    }

    /**
     * Puts the surface's current variants into the published snapshot the decision engine reads,
     * then records the publication time.
     */
    @Transactional
    public StoredSurface publish(String key) {
        StoredSurface surface = get(key);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        index.replace(PublishedSurface.of(surface.definition()), now);
        store.markPublished(key, now);
        return get(key);
    }

    public boolean exists(String key) {
        return store.find(key).isPresent();
    }

    public static NotFoundProblem unknownSurface(String key) {
        return new NotFoundProblem(
                "surface-not-found",
                "No such surface",
                "There is no surface with key '" + key + "'.");
    }
}
