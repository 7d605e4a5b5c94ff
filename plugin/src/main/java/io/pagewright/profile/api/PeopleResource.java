package io.pagewright.profile.api;

import io.pagewright.event.IdentityKey;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.profile.PrivacyService;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * A person's data rights, addressed by any of their identifiers ({@code anonymous}, {@code user},
 * {@code email-hash}, {@code device}): {@code GET .../export} returns everything held about them as
 * JSON; {@code DELETE} erases it and answers with the erasure record.
 */
@Path("/v1/people/{kind}/{value}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject PrivacyService privacy;
    @Context SecurityContext security;

    @GET
    @Path("export")
    @RolesAllowed(Roles.ADMIN)
    public PrivacyService.Export export(
            @PathParam("kind") String kind, @PathParam("value") String value) {
        return privacy.export(identity(kind, value))
                .orElseThrow(() ->
                        new NotFoundProblem(
                                "person-not-found",
                                "Nothing is held about this person",
                                "No profile or event is known for " + kind + " '" + value + "'."));
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    public PrivacyService.Erasure erase(
            @PathParam("kind") String kind, @PathParam("value") String value) {
        String by =
                Optional.ofNullable(security)
                        .map(SecurityContext::getUserPrincipal)
                        .map(Principal::getName)
                        .orElse("unauthenticated");
        return privacy.erase(identity(kind, value), by);
    }

    static IdentityKey identity(String kind, String value) {
        return new IdentityKey(
                PrivacyService.kindOf(kind)
                        .orElseThrow(() ->
                                new NotFoundProblem(
                                        "identity-kind-not-found",
                                        "No such kind of identifier",
                                        "Use one of anonymous, user, email-hash, device.")),
                value);
    }
}
