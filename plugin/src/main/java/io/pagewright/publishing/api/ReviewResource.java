package io.pagewright.publishing.api;

import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The review inbox: every version in review, and whether the caller may approve it. */
@Path("/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
public class ReviewResource {

    @Inject ReviewViews views;

    /** {@code ?mine=true}: only what the caller may approve now. */
    @GET
    public List<ReviewViews.InboxItem> inbox(
            @QueryParam("mine") @DefaultValue("false") boolean mine) {
        return views.inbox(mine);
    }
}
