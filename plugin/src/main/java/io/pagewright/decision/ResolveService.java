package io.pagewright.decision;

import io.pagewright.content.SurfaceService;
import io.pagewright.decision.api.ResolveRequest;
import io.pagewright.decision.log.DecisionRecorder;
import io.pagewright.learning.BanditStrategy;
import io.pagewright.learning.LearningModels;
import io.pagewright.learning.PinnedBandit;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.policy.ActivePolicies;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resolves a page request against the published snapshot of a surface (held in memory, see {@link
 * PublishedSnapshots}), so a resolve sees a publish entirely or not at all, under the surface's
 * active policy: candidates that would break a rule are removed before the strategy chooses, and
 * the page's impressions are counted atomically against the visitor's caps and budgets.
 */
@ApplicationScoped
public class ResolveService {

    private static final Logger LOG = Logger.getLogger(ResolveService.class.getName());

    /** What an editor's preview shows: the page of a visitor who consented to personalization. */
    static final String PREVIEW_CONSENT = "consent.personalization";

    private final RulesStrategy rules = new RulesStrategy();
    private final GuardedPageAssembler assembler =
            new GuardedPageAssembler(new StrategyRouter(rules, new DefaultStrategy()));
    private final GuardedPageAssembler control = new GuardedPageAssembler(new DefaultStrategy());

    @Inject PublishedSnapshots snapshots;
    @Inject SurfaceService surfaces;
    @Inject ObserveService observe;
    @Inject ActivePolicies policies;
    @Inject InfinispanImpressionCounters counters;
    @Inject DecisionRecorder decisions;
    @Inject Holdout holdouts;
    @Inject LearningModels models;
    @Inject io.pagewright.learning.Escalations escalations;
    @Inject LatencyBudget budget;
    @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedExecutorService executor;
    @Inject io.pagewright.catalog.PageRails rails;

    /** Refuses (404) a surface that is not published, before a batch starts streaming. */
    public void requirePublished(String surfaceKey) {
        published(surfaceKey);
    }

    /** The surface's published snapshot as of now; 404 when it is unknown or unpublished. */
    public PublishedSurface published(String surfaceKey) {
        return snapshots.find(surfaceKey).orElseThrow(() -> missing(surfaceKey));
    }

    /** Decides each slot by the strategy it names, learning slots with {@code bandit}. */
    public GuardedPageAssembler assembler(PinnedBandit bandit) {
        return new GuardedPageAssembler(new StrategyRouter(rules, new DefaultStrategy(), bandit));
    }

    public Resolution resolve(
            String surfaceKey,
            @NotNull(message = "a resolve request is required") @Valid ResolveRequest request) {
        long started = System.nanoTime();
        PublishedSnapshots.Published published =
                snapshots.findPublished(surfaceKey).orElseThrow(() -> missing(surfaceKey));
        PublishedSurface surface = published.surface();
        String fallbackReason = null;
        long deadline = budget.deadline(surfaceKey, started);
        Visitor known;
        try {
            known = visitorOf(request, deadline);
        } catch (ProfileLate e) {
            // The profile store did not answer within the budget: the read goes on and fills the
            // cache for the visitor's next request; this one is decided as the request states.
            known = requestOnly(request);
            fallbackReason = Resolution.PROFILE_LATE;
        } catch (RuntimeException e) {
            // The profile store is down or failing: decide for the visitor as the request states
            // them, without what the profile knows (and without its consent: policies that need
            // consent serve the defaults), rather than fail the page.
            LOG.log(
                    Level.WARNING,
                    "Profile unavailable; resolving " + surfaceKey + " without it: " + e);
            known = requestOnly(request);
            fallbackReason = Resolution.PROFILE_UNAVAILABLE;
        }
        Visitor visitor = known;
        Optional<SurfaceGuardrails> active = policies.guardrails(surface);
        SurfaceGuardrails guardrails = active.orElseGet(() -> policies.none(surface));
        UUID pageDecisionId = UUID.randomUUID();
        boolean holdout = !request.preview() && holdouts.contains(surfaceKey, request.visitorId());
        // A surface with learning slots gets a bandit of its own for this request: it pins each
        // slot's model state, so the logged version and features match the probabilities.
        PinnedBandit bandit =
                holdout
                                || surface.slots().stream()
                                        .noneMatch(s -> s.strategy().equals(BanditStrategy.ID))
                        ? null
                        : new PinnedBandit(models.models(surfaceKey), escalations);
        GuardedPageAssembler chooser =
                holdout ? control : bandit == null ? assembler : assembler(bandit);
        GuardedPage page =
                request.preview()
                        ? chooser.assemble(
                                guardrails, visitor, ImpressionHistory.none(), pageDecisionId)
                        : counters.assembleAndRecord(
                                counterKey(request),
                                history ->
                                        chooser.assemble(
                                                guardrails, visitor, history, pageDecisionId));
        // Query-driven rails are filled from the catalog, waiting at most for the surface's
        // latency budget; a late or failed catalog leaves the rail empty and says why.
        io.pagewright.catalog.PageRails.Filled filled =
                rails.fill(page, guardrails.policy(), visitor, deadline);
        page = filled.page();
        if (fallbackReason == null) {
            fallbackReason = filled.fallbackReason();
        }
        List<PolicyVersion> versions = active.map(g -> g.policy().versions()).orElse(List.of());
        if (!request.preview()) {
            // A slot that even its default could not fill breaks the page: people must look.
            for (String omitted : page.omittedSlots()) {
                escalations.occurred(
                        new io.pagewright.learning.Escalations.Key(
                                surfaceKey,
                                omitted,
                                "every visitor",
                                io.pagewright.learning.Escalations.POLICY_CONFLICT),
                        List.of(
                                "the policies removed every candidate of the slot, its default"
                                        + " included, so the page was served without it"),
                        Map.of("policies", versions.toString()));
            }
            // Previews are editors looking, not decisions served to visitors.
            decisions.record(
                    page,
                    contextOf(request),
                    versions.stream()
                            .collect(
                                    java.util.stream.Collectors.toMap(
                                            PolicyVersion::key, PolicyVersion::version)),
                    fallbackReason,
                    (System.nanoTime() - started) / 1000,
                    holdout,
                    published.version(),
                    guardrails.policy().forStrategies(surfaceKey, visitor).attributes(),
                    bandit == null
                            ? decision -> Optional.empty()
                            : decision -> bandit.trace(decision.slot(), decision.variant()));
        }
        return new Resolution(page, versions, holdout, fallbackReason, filled.rails());
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
    private Visitor visitorOf(ResolveRequest request, long deadline) {
        ResolveRequest.RequestContext context = request.context();
        io.pagewright.profile.RequestContext now =
                new io.pagewright.profile.RequestContext(
                        Instant.now(),
                        context.device(),
                        context.region(),
                        context.trafficSource(),
                        context.locale(),
                        null);
        Visitor fromProfile =
                observe.cachedVisitor(request.visitorId(), request.userId(), now)
                        .orElseGet(() ->
                                withinBudget(
                                        () ->
                                                observe.visitor(
                                                        request.visitorId(), request.userId(), now),
                                        deadline));
        Map<String, Object> attributes = new LinkedHashMap<>(fromProfile.attributes());
        putIfPresent(attributes, Visitor.INTENT, context.intent());
        putIfPresent(attributes, Visitor.LIFECYCLE_STAGE, context.lifecycleStage());
        if (request.preview()) {
            attributes.put(PREVIEW_CONSENT, true);
        }
        return new Visitor(request.visitorId(), attributes);
    }

    /** Thrown when the profile store does not answer within the latency budget. */
    private static final class ProfileLate extends RuntimeException {
        ProfileLate(Throwable cause) {
            super(
                    "the profile store did not answer within the latency budget",
                    cause,
                    false,
                    false);
        }
    }

    /** Reads the profile on another thread, waiting at most until the deadline. */
    private Visitor withinBudget(java.util.function.Supplier<Visitor> read, long deadline) {
        java.util.concurrent.CompletableFuture<Visitor> reading =
                java.util.concurrent.CompletableFuture.supplyAsync(read, executor);
        try {
            return reading.get(
                    Math.max(0, deadline - System.nanoTime()),
                    java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new ProfileLate(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure
                    ? failure
                    : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProfileLate(e);
        }
    }

    /** The visitor as the request alone states them. */
    private static Visitor requestOnly(ResolveRequest request) {
        Map<String, Object> attributes = new LinkedHashMap<>(contextOf(request));
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
