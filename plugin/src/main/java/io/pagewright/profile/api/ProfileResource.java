package io.pagewright.profile.api;

import io.pagewright.decision.Visitor;
import io.pagewright.event.IdentityKey;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.profile.ObserveService;
import io.pagewright.profile.Profile;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** A person's profile, found by any of their identifiers: {@code /profiles/anonymous/c-7f3a}. */
@RolesAllowed({Roles.ADMIN, Roles.STRATEGY_OWNER, Roles.VIEWER})
@Path("/v1/profiles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject ObserveService observe;

    @GET
    @Path("{kind}/{value}")
    public Profile get(@PathParam("kind") String kind, @PathParam("value") String value) {
        IdentityKey key = PeopleResource.identity(kind, value);
        return observe.profileOf(key.kind(), key.value()).orElseThrow(() -> notFound(kind, value));
    }

    /** What the decision engine derives from the profile right now: intent, lifecycle stage ... */
    @GET
    @Path("{kind}/{value}/visitor")
    public Map<String, Object> visitor(
            @PathParam("kind") String kind, @PathParam("value") String value) {
        IdentityKey key = PeopleResource.identity(kind, value);
        return observe.visitorOf(key.kind(), key.value())
                .map(Visitor::attributes)
                .orElseThrow(() -> notFound(kind, value));
    }

    private static NotFoundProblem notFound(String kind, String value) {
        return new NotFoundProblem(
                "profile-not-found",
                "No profile",
                "No profile is known for " + kind + " '" + value + "'.");
    }
}
