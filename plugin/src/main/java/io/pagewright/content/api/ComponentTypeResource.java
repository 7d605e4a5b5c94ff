package io.pagewright.content.api;

import io.pagewright.content.ComponentTypeDefinition;
import io.pagewright.content.ComponentTypeService;
import io.pagewright.content.StoredComponentType;
import io.pagewright.platform.Versions;
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
import java.time.Instant;
import java.util.List;

/** Component types: the typed field schemas that variant content conforms to. */
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
@Path("/v1/component-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComponentTypeResource {

    @Inject ComponentTypeService types;
    @Context UriInfo uri;

    /** A component type with its version. */
    public record ComponentTypeView(
            String key,
            String name,
            String description,
            List<io.pagewright.content.FieldDefinition> fields,
            long version,
            Instant createdAt,
            Instant updatedAt) {
        static ComponentTypeView of(StoredComponentType t) {
            ComponentTypeDefinition d = t.definition();
            return new ComponentTypeView(
                    d.key(),
                    d.name(),
                    d.description(),
                    d.fields(),
                    t.version(),
                    t.createdAt(),
                    t.updatedAt());
        }
    }

    @GET
    public Page<ComponentTypeView> list(
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return Page.of(types.list().stream().map(ComponentTypeView::of).toList(), page, size);
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    public Response create(ComponentTypeDefinition body) {
        StoredComponentType created = types.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(body.key()).build())
                .tag(Versions.etag(created.version()))
                .entity(ComponentTypeView.of(created))
                .build();
    }

    @GET
    @Path("{typeKey}")
    public Response get(@PathParam("typeKey") String key) {
        return view(types.get(key));
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PUT
    @Path("{typeKey}")
    public Response update(
            @PathParam("typeKey") String key,
            @HeaderParam("If-Match") String ifMatch,
            ComponentTypeDefinition body) {
        return view(types.update(key, Versions.fromIfMatch(ifMatch), body));
    }

    /** Deletes a component type that no surface uses; If-Match must name its current version. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @DELETE
    @Path("{typeKey}")
    public Response delete(
            @PathParam("typeKey") String key, @HeaderParam("If-Match") String ifMatch) {
        types.delete(key, Versions.fromIfMatch(ifMatch));
        return Response.noContent().build();
    }

    private static Response view(StoredComponentType type) {
        return Response.ok(ComponentTypeView.of(type)).tag(Versions.etag(type.version())).build();
    }
}
