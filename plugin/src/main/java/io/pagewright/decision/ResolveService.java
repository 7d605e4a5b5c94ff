package io.pagewright.decision;

import io.pagewright.content.SurfaceService;
import io.pagewright.decision.api.ResolveRequest;
import io.pagewright.decision.log.DecisionRecorder;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.policy.ActivePolicies;
import io.pagewright.policy.CompiledPolicy;
import io.pagewright.policy.GuardedPage;
import io.pagewright.policy.GuardedPageAssembler;
import io.pagewright.policy.ImpressionHistory;
import io.pagewright.policy.PolicyVersion;
import io.pagewright.policy.SurfaceGuardrails;
import io.pagewright.policy.store.InfinispanImpressionCounters;
import io.pagewright.profile.ObserveService;
import io.pagewright.publishing.PublishedSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Resolves a page request against the published snapshot of a surface (held in memory, see {@link
 * PublishedSnapshots}), so a resolve sees a publish entirely or not at all, under the surface's
 * active policy: candidates that would break a rule are removed before the strategy chooses, and
 * the page's impressions are counted atomically against the visitor's caps and budgets.
 */
@ApplicationScoped
public class ResolveService {

    /** What an editor's preview shows: the page of a visitor who consented to personalization. */
    static final String PREVIEW_CONSENT = "consent.personalization";

    private final GuardedPageAssembler assembler = new GuardedPageAssembler(new RulesStrategy());
    private final GuardedPageAssembler control = new GuardedPageAssembler(new DefaultStrategy());

    @Inject PublishedSnapshots snapshots;
    @Inject SurfaceService surfaces;
    @Inject ObserveService observe;
    @Inject ActivePolicies policies;
    @Inject InfinispanImpressionCounters counters;
    @Inject DecisionRecorder decisions;
    @Inject Holdout holdouts;

    public Resolution resolve(
            String surfaceKey,
            @NotNull(message = "a resolve request is required") @Valid ResolveRequest request) {
        long started = System.nanoTime();
        PublishedSurface surface =
                snapshots.find(surfaceKey).orElseThrow(() -> missing(surfaceKey));
        Visitor visitor = visitorOf(request);
        Optional<SurfaceGuardrails> active = policies.guardrails(surface);
        SurfaceGuardrails guardrails =
                active.orElseGet(() -> CompiledPolicy.empty(surfaceKey, 1).on(surface));
        UUID pageDecisionId = UUID.randomUUID();
        boolean holdout = !request.preview() && holdouts.contains(surfaceKey, request.visitorId());
        GuardedPageAssembler chooser = holdout ? control : assembler;
        GuardedPage page =
                request.preview()
                        ? chooser.assemble(
                                guardrails, visitor, ImpressionHistory.none(), pageDecisionId)
                        : counters.assembleAndRecord(
                                counterKey(request),
                                history ->
                                        chooser.assemble(
                                                guardrails, visitor, history, pageDecisionId));
        List<PolicyVersion> versions = active.map(g -> g.policy().versions()).orElse(List.of());
        if (!request.preview()) {
            // Previews are editors looking, not decisions served to visitors.
            decisions.record(
                    page,
                    contextOf(request),
                    versions.stream()
                            .collect(
                                    java.util.stream.Collectors.toMap(
                                            PolicyVersion::key, PolicyVersion::version)),
                    null,
                    (System.nanoTime() - started) / 1000,
                    holdout);
        }
        return new Resolution(page, versions, holdout);
    }

    /** The request context as the decision log keeps it: only what the caller stated. */
    private static Map<String, Object> contextOf(ResolveRequest request) {
        ResolveRequest.RequestContext context = request.context();
        Map<String, Object> stated = new LinkedHashMap<>();
        putIfPresent(stated, "intent", context.intent());
        putIfPresent(stated, "lifecycleStage", context.lifecycleStage());
        putIfPresent(stated, "device", context.device());
        putIfPresent(stated, "region", context.region());
        putIfPresent(stated, "trafficSource", context.trafficSource());
        putIfPresent(stated, "locale", context.locale());
        return stated;
    }

    /** Caps and budgets count per person: the user id when signed in, else the visitor id. */
    private static String counterKey(ResolveRequest request) {
        return request.userId() != null
                ? "user:" + request.userId()
                : "anon:" + request.visitorId();
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
        if (request.preview()) {
            attributes.put(PREVIEW_CONSENT, true);
        }
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
