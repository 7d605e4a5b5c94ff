package io.pagewright.decision;

import io.pagewright.content.SurfaceService;
import io.pagewright.decision.api.ResolveRequest;
import io.pagewright.platform.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.UUID;

/** Resolves a page request against the published snapshot of a surface. */
@ApplicationScoped
public class ResolveService {

    private final PageAssembler assembler =
            new PageAssembler(new RulesStrategy(), UUID::randomUUID);

    @Inject VariantIndex index;
    @Inject SurfaceService surfaces;

    public AssembledPage resolve(
            String surfaceKey,
            @NotNull(message = "a resolve request is required") @Valid ResolveRequest request) {
        PublishedSurface surface = index.find(surfaceKey).orElseThrow(() -> missing(surfaceKey));
        Visitor visitor =
                new Visitor(
                        request.visitorId(),
                        Optional.ofNullable(request.context().intent()),
                        Optional.ofNullable(request.context().lifecycleStage()));
        return assembler.assemble(surface, visitor);
    }

    private NotFoundProblem missing(String surfaceKey) {
        if (surfaces.exists(surfaceKey)) {
            return new NotFoundProblem(
                    "surface-not-published",
                    "Surface not published",
                    "Surface '" + surfaceKey + "' exists but has never been published.");
        }
        return SurfaceService.unknownSurface(surfaceKey);
    }
}
