package io.pagewright.learning.api;

import io.pagewright.content.Violation;
import io.pagewright.learning.EscalationService;
import io.pagewright.learning.EscalationStore;
import io.pagewright.platform.ValidationProblem;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The escalation queue: slots and segments the engine handed to people (low confidence of the
 * learning strategy, or policies that left a slot out), with the evidence; strategy owners resolve
 * them.
 */
@Path("/v1/escalations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
public class EscalationResource {

    @Inject EscalationStore store;
    @Inject EscalationService service;
    @Inject io.pagewright.learning.Escalations escalations;

    /** A list answer. */
    /** A list answer: the newest items, and how many there are with the status in all. */
    public record Items<T>(List<T> items, long total) {}

    /** How a person resolves an escalation. */
    public record Resolve(String resolution, String comment) {}

    /** Items, most recently seen first; {@code status} open or resolved (default: both). */
    @GET
    public Items<EscalationStore.Item> list(
            @QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (status != null && !status.equals("open") && !status.equals("resolved")) {
            throw new ValidationProblem(
                    List.of(new Violation("status", "must be open or resolved")));
        }
        if (limit < 1 || limit > 500) {
            throw new ValidationProblem(
                    List.of(new Violation("limit", "must be between 1 and 500")));
        }
        return new Items<>(store.list(status, limit), store.count(status));
    }

    /**
     * Resolves an open item: {@code explore} lets the learning strategy decide for the segment,
     * {@code keep-default} keeps the slot's default for it without new escalations.
     */
    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STRATEGY_OWNER, Roles.ADMIN})
    public EscalationStore.Item resolve(@PathParam("id") String id, Resolve body) {
        if (body == null) {
            throw new ValidationProblem(List.of(new Violation("resolution", "is required")));
        }
        EscalationStore.Item resolved = service.resolve(id, body.resolution(), body.comment());
        // committed: this node decides by it from the next resolve on, others within 2 s
        escalations.readResolutions();
        return resolved;
    }
}
