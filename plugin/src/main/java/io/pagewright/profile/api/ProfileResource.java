package io.pagewright.profile.api;

import io.pagewright.event.IdentityKind;
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
import java.util.Arrays;
import java.util.Locale;

/** A person's profile, found by any of their identifiers: {@code /profiles/anonymous/c-7f3a}. */
@RolesAllowed({Roles.ADMIN, Roles.STRATEGY_OWNER})
@Path("/v1/profiles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject ObserveService observe;

    @GET
    @Path("{kind}/{value}")
    public Profile get(@PathParam("kind") String kind, @PathParam("value") String value) {
        IdentityKind identityKind =
                Arrays.stream(IdentityKind.values())
                        .filter(k ->
                                k.name().replace('_', '-').toLowerCase(Locale.ROOT).equals(kind))
                        .findFirst()
                        .orElseThrow(() ->
                                new NotFoundProblem(
                                        "identity-kind-not-found",
                                        "No such kind of identifier",
                                        "Use one of anonymous, user, email-hash, device."));
        return observe.profileOf(identityKind, value)
                .orElseThrow(() ->
                        new NotFoundProblem(
                                "profile-not-found",
                                "No profile",
                                "No profile is known for " + kind + " '" + value + "'."));
    }
}
