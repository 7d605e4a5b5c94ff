package io.pagewright.decision.api;

import io.pagewright.content.Violation;
import io.pagewright.decision.DecisionLog;
import io.pagewright.decision.DecisionRecord;
import io.pagewright.decision.DecisionReplay;
import io.pagewright.decision.log.ElasticsearchDecisionLog;
import io.pagewright.learning.DecisionOutcomes;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.platform.ValidationProblem;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** The decision log: one page decision by its page or slot decision id, and the log's state. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
public class DecisionResource {

    @Inject DecisionLog log;
    @Inject ElasticsearchDecisionLog writer;
    @Inject DecisionOutcomes outcomes;
    @Inject DecisionReplay replay;
    @Inject io.pagewright.decision.log.DecisionRecorder recorder;

    /** A page of results. */
    public record Items<T>(List<T> items) {}

    /**
     * The newest page decisions of one visitor, by the visitor id the frontend sent (hashed here
     * the way the log keeps it), newest first.
     */
    @GET
    @Path("decisions")
    public Items<DecisionRecord> byVisitor(
            @QueryParam("visitorId") String visitorId,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        List<Violation> violations = new java.util.ArrayList<>();
        if (visitorId == null || visitorId.isBlank()) {
            violations.add(new Violation("visitorId", "is required"));
        }
        if (limit < 1 || limit > 100) {
            violations.add(new Violation("limit", "must be between 1 and 100"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        return new Items<>(log.recent(recorder.visitorHash(visitorId), limit));
    }

    @GET
    @Path("decisions/{id}")
    public DecisionView decision(@PathParam("id") String id) {
        DecisionRecord decision = log.find(decisionId(id)).orElseThrow(() -> notFound(id));
        List<String> ids = new java.util.ArrayList<>();
        decision.slots().forEach(slot -> ids.add(slot.decisionId().toString()));
        return new DecisionView(decision, outcomes.of(ids));
    }

    /**
     * Replays the page decision: each slot's strategy decides again from the logged inputs, and the
     * answer says whether it served the same variant with the same probability.
     */
    @GET
    @Path("decisions/{id}/replay")
    public DecisionReplay.Replay replay(@PathParam("id") String id) {
        return replay.replay(decisionId(id)).orElseThrow(() -> notFound(id));
    }

    private static UUID decisionId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ValidationProblem(
                    List.of(new Violation("id", "must be a decision id (a UUID)")));
        }
    }

    private static NotFoundProblem notFound(String id) {
        return new NotFoundProblem(
                "decision-not-found",
                "No such decision",
                "No decision "
                        + id
                        + " in the log. A decision is findable about a second after its resolve;"
                        + " older ones than the retention period are deleted.");
    }

    /** A page decision as the log keeps it, with the outcomes attributed to its slots so far. */
    public record DecisionView(
            @com.fasterxml.jackson.annotation.JsonUnwrapped DecisionRecord decision,
            List<DecisionOutcomes.DecisionOutcome> outcomes) {}

    /** Buffered and spooled decisions, written and spooled counts, the last write error. */
    @GET
    @Path("admin/decision-log")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.STRATEGY_OWNER})
    public ElasticsearchDecisionLog.State state() {
        return writer.state();
    }
}
