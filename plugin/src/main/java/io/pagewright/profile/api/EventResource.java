package io.pagewright.profile.api;

import io.pagewright.event.EventBatch;
import io.pagewright.profile.ObserveService;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Where frontends send what visitors do: a batch of up to 100 typed events. Valid events are stored
 * and folded into profiles before the 202; invalid ones are refused one by one, by index.
 */
@RolesAllowed({Roles.DELIVERY, Roles.ADMIN})
@Path("/v1/events")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject ObserveService observe;

    @POST
    public Response send(EventBatch batch) {
        return Response.accepted(observe.ingest(batch)).build();
    }
}
