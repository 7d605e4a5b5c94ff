package io.pagewright.security.api;

import io.pagewright.platform.Versions;
import io.pagewright.security.Roles;
import io.pagewright.security.UserService;
import io.pagewright.security.Users.CreatedUser;
import io.pagewright.security.Users.Me;
import io.pagewright.security.Users.NewUser;
import io.pagewright.security.Users.PasswordChange;
import io.pagewright.security.Users.UserChange;
import io.pagewright.security.Users.UserView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** People who sign in, their roles, and the caller's own account and session. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject UserService users;

    /** Who the caller is and what they may do; the admin UI shows screens by these roles. */
    @GET
    @Path("me")
    @RolesAllowed({
        Roles.STRATEGY_OWNER,
        Roles.EDITOR,
        Roles.REVIEWER,
        Roles.ADMIN,
        Roles.VIEWER,
        Roles.DELIVERY
    })
    public Me me() {
        return users.me();
    }

    @POST
    @Path("me/password")
    @RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
    public Response changePassword(PasswordChange change) {
        users.changeOwnPassword(change);
        return Response.noContent().build();
    }

    /** Ends the admin UI's session; the next request needs credentials again. */
    @POST
    @Path("me/sign-out")
    @RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
    public Response signOut(@Context HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    @GET
    @Path("users")
    @RolesAllowed(Roles.ADMIN)
    public List<UserView> list() {
        return users.list();
    }

    @POST
    @Path("users")
    @RolesAllowed(Roles.ADMIN)
    public Response create(NewUser user, @Context UriInfo uri) {
        CreatedUser created = users.create(user);
        return Response.created(
                        uri.getBaseUriBuilder()
                                .path("users/{name}")
                                .build(created.user().username()))
                .tag(Versions.etag(created.user().version()))
                .entity(created)
                .build();
    }

    @GET
    @Path("users/{username}")
    @RolesAllowed(Roles.ADMIN)
    public Response get(@PathParam("username") String username) {
        UserView user = users.get(username);
        return Response.ok(user).tag(Versions.etag(user.version())).build();
    }

    @PUT
    @Path("users/{username}")
    @RolesAllowed(Roles.ADMIN)
    public Response change(
            @PathParam("username") String username,
            @HeaderParam("If-Match") String ifMatch,
            UserChange change) {
        UserView user = users.change(username, Versions.fromIfMatch(ifMatch), change);
        return Response.ok(user).tag(Versions.etag(user.version())).build();
    }
}
