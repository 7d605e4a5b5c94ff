package io.pagewright.decision;

import io.pagewright.content.SurfaceService;
import io.pagewright.decision.api.ResolveRequest;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.profile.ObserveService;
import io.pagewright.publishing.PublishedSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Resolves a page request against the published snapshot of a surface (held in memory, see {@link
 * PublishedSnapshots}), so a resolve sees a publish entirely or not at all.
 */
@ApplicationScoped
public class ResolveService {

    private final PageAssembler assembler = new PageAssembler(new RulesStrategy());

    @Inject PublishedSnapshots snapshots;
    @Inject SurfaceService surfaces;
    @Inject ObserveService observe;

    public AssembledPage resolve(
            String surfaceKey,
            @NotNull(message = "a resolve request is required") @Valid ResolveRequest request) {
        PublishedSurface surface =
                snapshots.find(surfaceKey).orElseThrow(() -> missing(surfaceKey));
        return assembler.assemble(surface, visitorOf(request), UUID.randomUUID());
    }

    /**
     * The visitor from their profile (derived intent, lifecycle stage, consent, value ...) with the
     * request's context; what the request states explicitly wins over what was derived.
     */
    private Visitor visitorOf(ResolveRequest request) {
        ResolveRequest.RequestContext context = request.context();
        Visitor fromProfile =
                observe.visitor(
                        request.visitorId(),
                        request.userId(),
                        new io.pagewright.profile.RequestContext(
                                Instant.now(),
                                context.device(),
                                context.region(),
                                context.trafficSource(),
                                context.locale(),
                                null));
        Map<String, Object> attributes = new LinkedHashMap<>(fromProfile.attributes());
        putIfPresent(attributes, Visitor.INTENT, context.intent());
        putIfPresent(attributes, Visitor.LIFECYCLE_STAGE, context.lifecycleStage());
        return new Visitor(request.visitorId(), attributes);
    }

    private static void putIfPresent(Map<String, Object> attributes, String name, String value) {
        if (value != null) {
            attributes.put(name, value);
        }
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
