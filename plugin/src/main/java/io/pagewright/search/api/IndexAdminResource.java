package io.pagewright.search.api;

import io.pagewright.search.IndexOutbox;
import io.pagewright.search.Reindex;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Operating the published-variants index: its state, and a rebuild from the database. */
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
@Path("/v1/admin/index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndexAdminResource {

    @Inject IndexOutbox outbox;
    @Inject Reindex reindex;

    /**
     * The index state: updates waiting in the outbox, and the last (or running) rebuild; {@code
     * lastError} says why the oldest waiting update could not be applied, null when none failed.
     */
    public record IndexState(long pending, Reindex.Progress reindex, String lastError) {}

    @GET
    public IndexState state() {
        return new IndexState(
                outbox.pending(), reindex.progress(), outbox.lastError().orElse(null));
    }

    /**
     * Rebuilds the index from the database: every published surface is queued again and applied in
     * order. Returns 202 at once; follow the progress with GET.
     */
    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("reindex")
    public Response rebuild() {
        Reindex.Progress started = reindex.start();
        return Response.accepted(
                        new IndexState(outbox.pending(), started, outbox.lastError().orElse(null)))
                .build();
    }
}
