package io.pagewright.content.api;

import io.pagewright.content.SlotDefinition;
import io.pagewright.content.SlotService;
import io.pagewright.content.StoredSurface;
import io.pagewright.content.SurfaceEdits;
import io.pagewright.content.VariantDefinition;
import io.pagewright.platform.Versions;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The slots of a surface and their variants, as parts of the surface document. Every write is a new
 * version of the surface: If-Match names the surface version it is based on, and the response's
 * ETag is the surface's new version.
 */
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
@Path("/v1/surfaces/{surfaceKey}/slots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlotResource {

    @Inject SlotService slots;
    @Context UriInfo uri;

    @PathParam("surfaceKey")
    String key;

    @HeaderParam("If-Match")
    String ifMatch;

    @QueryParam("comment")
    String comment;

    @GET
    @Path("{slotKey}")
    public Response slot(@PathParam("slotKey") String slotKey) {
        SlotService.Read<SlotDefinition> slot = slots.slot(key, slotKey);
        return Response.ok(slot.value()).tag(Versions.etag(slot.surfaceVersion())).build();
    }

    /** Adds a slot at the end, or at {@code position} (0 is first). */
    @RolesAllowed(Roles.EDITOR)
    @POST
    public Response addSlot(@QueryParam("position") Integer position, SlotDefinition body) {
        StoredSurface surface = slots.addSlot(key, version(), body, position, comment);
        SlotDefinition added = SurfaceEdits.slot(surface.definition(), body.key());
        return Response.created(uri.getAbsolutePathBuilder().path(added.key()).build())
                .tag(Versions.etag(surface.version()))
                .entity(added)
                .build();
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("{slotKey}")
    public Response replaceSlot(@PathParam("slotKey") String slotKey, SlotDefinition body) {
        StoredSurface surface = slots.replaceSlot(key, version(), slotKey, body, comment);
        return written(surface, SurfaceEdits.slot(surface.definition(), slotKey));
    }

    /** Removes a slot; the surface keeps at least one. */
    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("{slotKey}")
    public Response removeSlot(@PathParam("slotKey") String slotKey) {
        return removed(slots.removeSlot(key, version(), slotKey, comment));
    }

    @GET
    @Path("{slotKey}/variants/{variantKey}")
    public Response variant(
            @PathParam("slotKey") String slotKey, @PathParam("variantKey") String variantKey) {
        SlotService.Read<VariantDefinition> variant = slots.variant(key, slotKey, variantKey);
        return Response.ok(variant.value()).tag(Versions.etag(variant.surfaceVersion())).build();
    }

    /** Adds a variant at the end of the slot's variants. */
    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("{slotKey}/variants")
    public Response addVariant(@PathParam("slotKey") String slotKey, VariantDefinition body) {
        StoredSurface surface = slots.addVariant(key, version(), slotKey, body, comment);
        VariantDefinition added = SurfaceEdits.variant(surface.definition(), slotKey, body.key());
        return Response.created(uri.getAbsolutePathBuilder().path(added.key()).build())
                .tag(Versions.etag(surface.version()))
                .entity(added)
                .build();
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("{slotKey}/variants/{variantKey}")
    public Response replaceVariant(
            @PathParam("slotKey") String slotKey,
            @PathParam("variantKey") String variantKey,
            VariantDefinition body) {
        StoredSurface surface =
                slots.replaceVariant(key, version(), slotKey, variantKey, body, comment);
        return written(surface, SurfaceEdits.variant(surface.definition(), slotKey, variantKey));
    }

    /** Removes a variant; a slot's default variant cannot be removed. */
    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("{slotKey}/variants/{variantKey}")
    public Response removeVariant(
            @PathParam("slotKey") String slotKey, @PathParam("variantKey") String variantKey) {
        return removed(slots.removeVariant(key, version(), slotKey, variantKey, comment));
    }

    private long version() {
        return Versions.fromIfMatch(ifMatch);
    }

    private static Response written(StoredSurface surface, Object part) {
        return Response.ok(part).tag(Versions.etag(surface.version())).build();
    }

    private static Response removed(StoredSurface surface) {
        return Response.noContent().tag(Versions.etag(surface.version())).build();
    }
}
