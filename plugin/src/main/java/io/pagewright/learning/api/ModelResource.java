package io.pagewright.learning.api;

import io.pagewright.learning.ModelOperations;
import io.pagewright.learning.ModelStore;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The learning strategy's slot models: which exist, their versions (one per learning batch and per
 * operation), and freeze, unfreeze and reset for strategy owners.
 */
@Path("/v1/models")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
public class ModelResource {

    @Inject ModelStore store;
    @Inject ModelOperations operations;

    /** A list answer. */
    public record Items<T>(List<T> items) {}

    /** The newest version of every slot model that has learned or been changed. */
    @GET
    public Items<ModelStore.VersionSummary> models() {
        return new Items<>(store.models());
    }

    /** The versions of one slot model, newest first (at most 100). */
    @GET
    @Path("{surfaceKey}/{slotKey}")
    public Items<ModelStore.VersionSummary> versions(
            @PathParam("surfaceKey") String surface, @PathParam("slotKey") String slot) {
        List<ModelStore.VersionSummary> versions = store.versions(surface, slot, 100);
        if (versions.isEmpty()) {
            throw new NotFoundProblem(
                    "model-not-found",
                    "No such model",
                    "Slot '"
                            + slot
                            + "' of surface '"
                            + surface
                            + "' has no stored model yet: it decides with the priors until its"
                            + " first decisions' attribution window closes.");
        }
        return new Items<>(versions);
    }

    @POST
    @Path("{surfaceKey}/{slotKey}/freeze")
    @RolesAllowed({Roles.STRATEGY_OWNER, Roles.ADMIN})
    public ModelStore.VersionSummary freeze(
            @PathParam("surfaceKey") String surface, @PathParam("slotKey") String slot) {
        return operations.freeze(surface, slot);
    }

    @POST
    @Path("{surfaceKey}/{slotKey}/unfreeze")
    @RolesAllowed({Roles.STRATEGY_OWNER, Roles.ADMIN})
    public ModelStore.VersionSummary unfreeze(
            @PathParam("surfaceKey") String surface, @PathParam("slotKey") String slot) {
        return operations.unfreeze(surface, slot);
    }

    @POST
    @Path("{surfaceKey}/{slotKey}/reset")
    @RolesAllowed({Roles.STRATEGY_OWNER, Roles.ADMIN})
    public ModelStore.VersionSummary reset(
            @PathParam("surfaceKey") String surface, @PathParam("slotKey") String slot) {
        return operations.reset(surface, slot);
    }
}
