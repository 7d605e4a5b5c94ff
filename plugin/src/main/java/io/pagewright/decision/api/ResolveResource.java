package io.pagewright.decision.api;

import io.pagewright.decision.ResolveService;
import io.pagewright.platform.ForbiddenProblem;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** What frontends call: resolve a surface into an assembled page for one visitor. */
@RolesAllowed({
    Roles.DELIVERY,
    Roles.STRATEGY_OWNER,
    Roles.EDITOR,
    Roles.REVIEWER,
    Roles.ADMIN,
    Roles.VIEWER
})
@Path("/v1/surfaces/{surfaceKey}/resolve")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResolveResource {

    @Inject ResolveService resolver;

    /**
     * The page for the visitor, under the surface's active policy. With {@code explain=true} the
     * response also lists, per slot, the candidates, which rule removed which of them, and the
     * eligible set the strategy chose from.
     */
    @POST
    public ResolveResponse resolve(
            @PathParam("surfaceKey") String surfaceKey,
            @QueryParam("explain") boolean explain,
            ResolveRequest request,
            @Context SecurityContext security) {
        if (explain && security.isUserInRole(Roles.DELIVERY) && !isPerson(security)) {
            throw new ForbiddenProblem(
                    "explain-role",
                    "Explanations are for people",
                    "explain=true shows candidates and policy verdicts; it needs one of the roles"
                            + " strategy-owner, editor, reviewer, admin, viewer, not a delivery"
                            + " key.");
        }
        if (request != null && request.preview() && !isPerson(security)) {
            throw new ForbiddenProblem(
                    "preview-role",
                    "Previews are for people",
                    "\"preview\": true counts no impressions and assumes consent; it needs one of"
                            + " the roles strategy-owner, editor, reviewer, admin, viewer, not a"
                            + " delivery key.");
        }
        return ResolveResponse.of(resolver.resolve(surfaceKey, request), explain);
    }

    private static boolean isPerson(SecurityContext security) {
        return Roles.PEOPLE.stream().anyMatch(security::isUserInRole);
    }
}
