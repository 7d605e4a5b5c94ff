package io.pagewright.decision.api;

import io.pagewright.decision.Simulation;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Batch simulation of a published surface over synthetic visitors, for people. */
@Path("/v1/surfaces/{surfaceKey}/simulate")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
public class SimulationResource {

    @Inject Simulation simulation;

    /**
     * The variant mix per slot, the rules that bit and the coverage gaps for {@code visitors}
     * synthetic visitors drawn from {@code seed}; nothing is counted or logged.
     */
    @POST
    public Simulation.Report simulate(
            @PathParam("surfaceKey") String surfaceKey,
            @QueryParam("visitors") @DefaultValue("500") int visitors,
            @QueryParam("seed") @DefaultValue("1") long seed) {
        return simulation.run(surfaceKey, visitors, seed);
    }
}
