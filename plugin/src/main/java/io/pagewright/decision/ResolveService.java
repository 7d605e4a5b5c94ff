package io.pagewright.decision;

import io.pagewright.content.SurfaceService;
import io.pagewright.decision.api.ResolveRequest;
import io.pagewright.platform.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Resolves a page request against the published snapshot of a surface. */
@ApplicationScoped
public class ResolveService {

    private final PageAssembler assembler = new PageAssembler(new RulesStrategy());

    @Inject VariantIndex index;
    @Inject SurfaceService surfaces;

    public AssembledPage resolve(
            String surfaceKey,
            @NotNull(message = "a resolve request is required") @Valid ResolveRequest request) {
        PublishedSurface surface = index.find(surfaceKey).orElseThrow(() -> missing(surfaceKey));
        return assembler.assemble(surface, visitorOf(request), UUID.randomUUID());
    }

    private static Visitor visitorOf(ResolveRequest request) {
        ResolveRequest.RequestContext context = request.context();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(Visitor.INTENT, context.intent());
        attributes.put(Visitor.LIFECYCLE_STAGE, context.lifecycleStage());
        attributes.put("device", context.device());
        attributes.put("region", context.region());
        attributes.put("trafficSource", context.trafficSource());
        attributes.put("locale", context.locale());
        return new Visitor(request.visitorId(), attributes);
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
