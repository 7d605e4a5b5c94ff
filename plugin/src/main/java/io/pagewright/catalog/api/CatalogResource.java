package io.pagewright.catalog.api;

import io.pagewright.catalog.CatalogCache;
import io.pagewright.catalog.CatalogItem;
import io.pagewright.catalog.ElasticsearchCatalog;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The product catalog recommendation rails are filled from. Items are imported in bulk (upserted by
 * id, so an import can be resent), looked up, listed and deleted. An import is validated whole
 * before anything is written: one invalid item refuses the request, naming {@code items[i].field}.
 */
@Path("/v1/catalog/items")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.REVIEWER, Roles.STRATEGY_OWNER, Roles.ADMIN, Roles.VIEWER})
public class CatalogResource {

    /** The most items one import request may carry. */
    public static final int MAX_IMPORT = 5_000;

    @Inject ElasticsearchCatalog catalog;
    @Inject CatalogCache cache;

    /** An import: up to {@value #MAX_IMPORT} items. */
    public record CatalogImport(
            @NotNull(message = "items are required")
                    @Size(min = 1, max = MAX_IMPORT, message = "must hold 1 to 5000 items")
                    List<@NotNull @Valid CatalogItem> items) {}

    /** What an import did. */
    public record Imported(int imported) {}

    /** A page of items. */
    public record Items(List<CatalogItem> items, long total) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Imported importItems(
            @NotNull(message = "a body is required") @Valid CatalogImport body) {
        catalog.importItems(body.items());
        cache.clear();
        return new Imported(body.items().size());
    }

    @GET
    public Items list(
            @QueryParam("category") String category,
            @QueryParam("q") String text,
            @QueryParam("from") @DefaultValue("0") @Min(0) @Max(10_000) int from,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        ElasticsearchCatalog.Page page = catalog.list(category, text, from, size);
        return new Items(page.items(), page.total());
    }

    @GET
    @Path("{id}")
    public CatalogItem get(@PathParam("id") String id) {
        return catalog.get(id).orElseThrow(() -> missing(id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public void delete(@PathParam("id") String id) {
        if (!catalog.delete(id)) {
            throw missing(id);
        }
        cache.clear();
    }

    private static NotFoundProblem missing(String id) {
        return new NotFoundProblem(
                "catalog-item-not-found", "No such catalog item", "No catalog item '" + id + "'.");
    }
}
