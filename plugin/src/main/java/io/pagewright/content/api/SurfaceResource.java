package io.pagewright.content.api;

import io.pagewright.content.StoredSurface;
import io.pagewright.content.SurfaceDefinition;
import io.pagewright.content.SurfaceService;
import io.pagewright.content.SurfaceSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Surfaces: page and message templates with their slots and variants. */
@Path("/v1/surfaces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurfaceResource {

    @Inject SurfaceService surfaces;
    @Context UriInfo uri;

    @GET
    public SurfaceList list() {
        List<SurfaceSummary> items = surfaces.list();
        return new SurfaceList(items, items.size());
    }

    @POST
    public Response create(SurfaceDefinition body) {
        StoredSurface created = surfaces.create(body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.definition().key()).build())
                .tag(etag(created))
                .entity(SurfaceView.of(created))
                .build();
    }

    @GET
    @Path("{surfaceKey}")
    public Response get(@PathParam("surfaceKey") String key) {
        StoredSurface surface = surfaces.get(key);
        return Response.ok(SurfaceView.of(surface)).tag(etag(surface)).build();
    }

    /** Publishes the surface's current variants: from now on, resolve serves them. */
    @POST
    @Path("{surfaceKey}/publish")
    public Response publish(@PathParam("surfaceKey") String key) {
        StoredSurface published = surfaces.publish(key);
        return Response.ok(SurfaceView.of(published)).tag(etag(published)).build();
    }

    private static EntityTag etag(StoredSurface surface) {
        return new EntityTag(Long.toString(surface.version()));
    }
}
