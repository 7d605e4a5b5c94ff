package io.pagewright.policy;

import io.pagewright.content.SurfaceService;
import io.pagewright.content.Violation;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.RulesStrategy;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.platform.ValidationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Runs a draft policy (a document not saved yet, or a stored version) against synthetic visitors on
 * a published surface and compares it with the surface's active policy. Nothing is recorded.
 */
@ApplicationScoped
public class DryRunService {

    static final int MAX_VISITORS = 5000;

    @Inject PolicyGate gate;
    @Inject ActivePolicies active;
    @Inject SurfaceService surfaces;

    public DryRunReport run(Policy draft, String surfaceKey, int visitors, long seed) {
        if (visitors < 1 || visitors > MAX_VISITORS) {
            throw new ValidationProblem(
                    List.of(new Violation("visitors", "must be between 1 and " + MAX_VISITORS)));
        }
        Policy versioned =
                new Policy(
                        draft.key(),
                        draft.version() == null ? Long.valueOf(1) : draft.version(),
                        draft.rules());
        CompiledPolicy draftPolicy = PolicyService.compile(PolicyService.requireValid(versioned));
        PublishedSurface surface =
                gate.published(surfaceKey).orElseThrow(() -> unpublished(surfaceKey));
        CompiledPolicy current =
                active.forSurface(surfaceKey).orElseGet(() -> CompiledPolicy.empty(surfaceKey, 1));
        // The draft replaces the active policy of its key; the other one governing the surface
        // (the global policy, or the surface's own) stays as it is.
        boolean onGlobalSurface = surfaceKey.equals(CompiledPolicy.GLOBAL);
        CompiledPolicy next =
                versioned.key().equals(CompiledPolicy.GLOBAL)
                        ? active.active(surfaceKey)
                                .filter(own -> !onGlobalSurface)
                                .map(own -> own.under(draftPolicy))
                                .orElse(draftPolicy)
                        : active.active(CompiledPolicy.GLOBAL)
                                .filter(global -> !onGlobalSurface)
                                .map(draftPolicy::under)
                                .orElse(draftPolicy);
        return DryRun.compare(
                current,
                next,
                surface,
                DryRun.syntheticVisitors(PolicyCatalog.FIELDS, visitors, seed),
                new RulesStrategy());
    }

    private NotFoundProblem unpublished(String surfaceKey) {
        if (surfaces.exists(surfaceKey)) {
            return new NotFoundProblem(
                    "surface-not-published",
                    "Surface not published",
                    "Surface '" + surfaceKey + "' exists but has never been published.");
        }
        return SurfaceService.unknownSurface(surfaceKey);
    }
}
