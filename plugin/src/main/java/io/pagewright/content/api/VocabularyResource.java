package io.pagewright.content.api;

import io.pagewright.content.VocabularyEntry;
import io.pagewright.content.VocabularyKind;
import io.pagewright.content.VocabularyService;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The vocabularies of tag values: intents, lifecycle stages, categories. */
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
@Path("/v1/vocabularies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VocabularyResource {

    @Inject VocabularyService vocabularies;

    @GET
    public Map<String, List<VocabularyEntry>> all() {
        Map<String, List<VocabularyEntry>> all = new LinkedHashMap<>();
        Arrays.stream(VocabularyKind.values())
                .forEach(k -> all.put(k.wireName(), vocabularies.list(k.wireName())));
        return all;
    }

    @GET
    @Path("{kind}")
    public Page<VocabularyEntry> list(@PathParam("kind") String kind) {
        return Page.of(vocabularies.list(kind));
    }

    @RolesAllowed({Roles.ADMIN, Roles.STRATEGY_OWNER})
    @POST
    @Path("{kind}")
    public Response add(@PathParam("kind") String kind, VocabularyEntry entry) {
        return Response.status(201).entity(vocabularies.add(kind, entry)).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.STRATEGY_OWNER})
    @DELETE
    @Path("{kind}/{value}")
    public Response remove(@PathParam("kind") String kind, @PathParam("value") String value) {
        vocabularies.remove(kind, value);
        return Response.noContent().build();
    }
}
