package io.pagewright.content.api;

import io.pagewright.content.StoredSurface;
import io.pagewright.content.SurfaceBundle;
import io.pagewright.content.SurfaceBundles;
import io.pagewright.content.SurfaceDefinition;
import io.pagewright.content.SurfaceService;
import io.pagewright.content.SurfaceSummary;
import io.pagewright.content.VersionSummary;
import io.pagewright.platform.Versions;
import io.pagewright.search.IndexOutbox;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import java.util.Locale;

/** Surfaces: page and message templates with their slots and variants, versioned. */
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
@Path("/v1/surfaces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurfaceResource {

    @Inject SurfaceService surfaces;
    @Inject SurfaceBundles bundles;
    @Inject IndexOutbox outbox;
    @Context UriInfo uri;

    /**
     * The surfaces ordered by key, optionally only one channel's, or those whose key or name
     * contains {@code q}; {@code total} counts all matches, {@code items} holds one page of them.
     */
    @GET
    public Page<SurfaceSummary> list(
            @QueryParam("channel") String channel,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
        List<SurfaceSummary> matches =
                surfaces.list().stream()
                        .filter(s -> channel == null || s.channel().wireName().equals(channel))
                        .filter(s ->
                                needle == null
                                        || s.key().contains(needle)
                                        || s.name().toLowerCase(Locale.ROOT).contains(needle))
                        .toList();
        return Page.of(matches, page, size);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    public Response create(@QueryParam("comment") String comment, SurfaceDefinition body) {
        StoredSurface created = surfaces.create(body, comment);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.definition().key()).build())
                .tag(Versions.etag(created.version()))
                .entity(SurfaceView.of(created))
                .build();
    }

    @GET
    @Path("{surfaceKey}")
    public Response get(@PathParam("surfaceKey") String key) {
        return view(surfaces.get(key));
    }

    /**
     * Replaces the surface with a new version; If-Match must name the version the change is based
     * on.
     */
    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("{surfaceKey}")
    public Response update(
            @PathParam("surfaceKey") String key,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("comment") String comment,
            SurfaceDefinition body) {
        return view(surfaces.update(key, Versions.fromIfMatch(ifMatch), body, comment));
    }

    /**
     * Deletes the surface with all its versions and removes it from the indices; If-Match must name
     * the current version. The header {@code Pagewright-Index} says whether the indices already
     * reflect the deletion ({@code current}) or will once Elasticsearch is back ({@code pending}).
     */
    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("{surfaceKey}")
    public Response delete(
            @PathParam("surfaceKey") String key, @HeaderParam("If-Match") String ifMatch) {
        surfaces.delete(key, Versions.fromIfMatch(ifMatch));
        boolean indexed = outbox.drain();
        return Response.noContent()
                .header("Pagewright-Index", indexed ? "current" : "pending")
                .build();
    }

    /** The surface with the component types it uses, as one portable document. */
    @GET
    @Path("{surfaceKey}/export")
    public SurfaceBundle export(@PathParam("surfaceKey") String key) {
        return bundles.export(key);
    }

    /**
     * Creates or updates a surface (and creates missing component types) from an exported document.
     * The document is validated as a whole; if any part is invalid, nothing changes.
     */
    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("import")
    public Response importBundle(@QueryParam("comment") String comment, SurfaceBundle bundle) {
        SurfaceBundles.Imported imported = bundles.importBundle(bundle, comment);
        return Response.status(imported.created() ? 201 : 200)
                .tag(Versions.etag(imported.surface().version()))
                .entity(
                        new ImportResult(
                                SurfaceView.of(imported.surface()),
                                imported.created(),
                                imported.componentTypesCreated()))
                .build();
    }

    /** What an import did. */
    public record ImportResult(
            SurfaceView surface, boolean created, java.util.List<String> componentTypesCreated) {}

    @GET
    @Path("{surfaceKey}/versions")
    public Page<VersionSummary> versions(@PathParam("surfaceKey") String key) {
        return Page.of(surfaces.versions(key));
    }

    @GET
    @Path("{surfaceKey}/versions/{version}")
    public Response version(
            @PathParam("surfaceKey") String key, @PathParam("version") long version) {
        return Response.ok(SurfaceView.of(surfaces.version(key, version))).build();
    }

    /** Makes an earlier version current again (as a new version). */
    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("{surfaceKey}/versions/{version}/restore")
    public Response restore(
            @PathParam("surfaceKey") String key,
            @PathParam("version") long version,
            @HeaderParam("If-Match") String ifMatch) {
        return view(surfaces.restore(key, version, Versions.fromIfMatch(ifMatch)));
    }

    private static Response view(StoredSurface surface) {
        return Response.ok(SurfaceView.of(surface)).tag(Versions.etag(surface.version())).build();
    }
}
