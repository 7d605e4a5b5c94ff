package io.pagewright.webhook.api;

import io.pagewright.security.Roles;
import io.pagewright.webhook.WebhookService;
import io.pagewright.webhook.Webhooks.CreatedWebhook;
import io.pagewright.webhook.Webhooks.DeliveryView;
import io.pagewright.webhook.Webhooks.NewWebhook;
import io.pagewright.webhook.Webhooks.WebhookView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Webhooks for workflow notifications and their delivery log. */
@Path("/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    @Inject WebhookService webhooks;

    @GET
    public List<WebhookView> list() {
        return webhooks.list();
    }

    @POST
    public Response create(NewWebhook request, @Context UriInfo uri) {
        CreatedWebhook created = webhooks.create(request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path("{id}").build(created.webhook().id()))
                .entity(created)
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public List<DeliveryView> deliveries(
            @PathParam("id") String id, @QueryParam("limit") @DefaultValue("100") int limit) {
        return webhooks.deliveries(id, Math.max(1, Math.min(limit, 500)));
    }
}
