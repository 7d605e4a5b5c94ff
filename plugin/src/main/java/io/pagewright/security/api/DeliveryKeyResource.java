package io.pagewright.security.api;

import io.pagewright.security.DeliveryKeyService;
import io.pagewright.security.DeliveryKeys.CreatedDeliveryKey;
import io.pagewright.security.DeliveryKeys.DeliveryKeyView;
import io.pagewright.security.DeliveryKeys.NewDeliveryKey;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Credentials for frontends: create (the secret is shown once), list, revoke. */
@Path("/v1/delivery-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeliveryKeyResource {

    @Inject DeliveryKeyService keys;

    @GET
    public List<DeliveryKeyView> list() {
        return keys.list();
    }

    @POST
    public Response create(NewDeliveryKey request, @Context UriInfo uri) {
        CreatedDeliveryKey created = keys.create(request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path("{id}").build(created.key().keyId()))
                .entity(created)
                .build();
    }

    @DELETE
    @Path("{keyId}")
    public DeliveryKeyView revoke(@PathParam("keyId") String keyId) {
        return keys.revoke(keyId);
    }
}
