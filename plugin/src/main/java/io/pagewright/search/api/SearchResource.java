package io.pagewright.search.api;

import io.pagewright.content.ContentSearch;
import io.pagewright.content.Violation;
import io.pagewright.platform.ValidationProblem;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Editor search over the current version of all content, drafts included: full text with {@code q}
 * and filters by facet, each repeatable ({@code intent=research&intent=comparison} matches either).
 */
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
@Path("/v1/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject ContentSearch search;
    @Context UriInfo uri;

    @GET
    public ContentSearch.Result search(
            @QueryParam("q") String text,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new ValidationProblem(
                    List.of(
                            new Violation(
                                    page < 0 ? "page" : "size",
                                    page < 0 ? "must be 0 or more" : "must be between 1 and 100")));
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : ContentSearch.Query.FACETS) {
            List<String> values = uri.getQueryParameters().get(facet);
            if (values != null && !values.isEmpty()) {
                filters.put(facet, List.copyOf(values));
            }
        }
        return search.search(new ContentSearch.Query(text, filters, page, size));
    }
}
