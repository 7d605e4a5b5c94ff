package io.pagewright.profile.api;

import io.pagewright.content.Violation;
import io.pagewright.platform.ValidationProblem;
import io.pagewright.profile.EventRetention;
import io.pagewright.profile.EventStats;
import io.pagewright.profile.ObserveService;
import io.pagewright.profile.store.EventJournal;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Operating event ingestion: counters and lags ({@code GET stats}), the intake switch ({@code PUT
 * intake}) and an immediate retention run ({@code POST retention}).
 */
@Path("/v1/admin/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventAdminResource {

    @Inject EventStats stats;
    @Inject ObserveService observe;
    @Inject EventJournal journal;
    @Inject EventRetention retention;

    /** This node's counters, plus the journal backlog shared by all nodes. */
    public record Stats(
            EventStats.Snapshot node,
            EventJournal.Backlog backlog,
            boolean intakeOpen,
            int freeIngestPermits) {}

    /** Whether the API takes events. */
    public record Intake(Boolean open) {}

    @GET
    @Path("stats")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGY_OWNER, Roles.VIEWER})
    public Stats stats() {
        return new Stats(
                stats.snapshot(),
                journal.backlog(),
                observe.gate().isOpen(),
                observe.gate().freePermits());
    }

    @DELETE
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    public Response resetStats() {
        stats.reset();
        return Response.noContent().build();
    }

    @PUT
    @Path("intake")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Intake intake(Intake intake) {
        if (intake == null || intake.open() == null) {
            throw new ValidationProblem(
                    List.of(
                            new Violation(
                                    "open", "is required: true opens intake, false closes it")));
        }
        observe.gate().setOpen(intake.open());
        return new Intake(observe.gate().isOpen());
    }

    @POST
    @Path("retention")
    @RolesAllowed(Roles.ADMIN)
    public EventRetention.Result retention() {
        return retention.apply();
    }
}
