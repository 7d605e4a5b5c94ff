package io.pagewright.policy.api;

import io.pagewright.content.api.Page;
import io.pagewright.platform.Versions;
import io.pagewright.policy.Activation;
import io.pagewright.policy.DryRunReport;
import io.pagewright.policy.DryRunService;
import io.pagewright.policy.Policy;
import io.pagewright.policy.PolicyService;
import io.pagewright.policy.PolicySummary;
import io.pagewright.policy.PolicyVersionSummary;
import io.pagewright.policy.StoredPolicy;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Guardrail policies: versioned documents of typed rules, one version active per policy. */
@Path("/v1/policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject PolicyService policies;
    @Inject DryRunService dryRuns;
    @Context UriInfo uri;

    @GET
    @RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
    public Page<PolicySummary> list() {
        List<PolicySummary> all = policies.list();
        return new Page<>(all, all.size());
    }

    @POST
    @RolesAllowed(Roles.STRATEGY_OWNER)
    public Response create(@QueryParam("comment") String comment, Policy body) {
        StoredPolicy created = policies.create(body, comment);
        return Response.created(uri.getAbsolutePathBuilder().path(created.key()).build())
                .tag(Versions.etag(created.version()))
                .entity(PolicyView.of(created))
                .build();
    }

    @GET
    @Path("{policyKey}")
    @RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
    public Response get(@PathParam("policyKey") String key) {
        return view(policies.get(key));
    }

    /** Writes a new version; If-Match must name the version the change is based on. */
    @PUT
    @Path("{policyKey}")
    @RolesAllowed(Roles.STRATEGY_OWNER)
    public Response update(
            @PathParam("policyKey") String key,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("comment") String comment,
            Policy body) {
        return view(policies.update(key, Versions.fromIfMatch(ifMatch), body, comment));
    }

    @GET
    @Path("{policyKey}/versions")
    @RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
    public Page<PolicyVersionSummary> versions(@PathParam("policyKey") String key) {
        List<PolicyVersionSummary> all = policies.versions(key);
        return new Page<>(all, all.size());
    }

    @GET
    @Path("{policyKey}/versions/{version}")
    @RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
    public Response version(
            @PathParam("policyKey") String key, @PathParam("version") long version) {
        return view(policies.version(key, version));
    }

    /** Runs a draft document (not saved) against synthetic visitors of a published surface. */
    @POST
    @Path("dry-run")
    @RolesAllowed(Roles.STRATEGY_OWNER)
    public DryRunReport dryRun(
            @QueryParam("surface") String surface,
            @QueryParam("visitors") @DefaultValue("200") int visitors,
            @QueryParam("seed") @DefaultValue("1") long seed,
            Policy draft) {
        return dryRuns.run(
                PolicyService.requireDocument(draft),
                surface != null ? surface : draft.key(),
                visitors,
                seed);
    }

    /** Runs a stored version against synthetic visitors, compared with the active version. */
    @POST
    @Path("{policyKey}/versions/{version}/dry-run")
    @RolesAllowed(Roles.STRATEGY_OWNER)
    public DryRunReport dryRunVersion(
            @PathParam("policyKey") String key,
            @PathParam("version") long version,
            @QueryParam("surface") String surface,
            @QueryParam("visitors") @DefaultValue("200") int visitors,
            @QueryParam("seed") @DefaultValue("1") long seed) {
        return dryRuns.run(
                policies.document(key, version), surface != null ? surface : key, visitors, seed);
    }

    private static Response view(StoredPolicy policy) {
        return Response.ok(PolicyView.of(policy)).tag(Versions.etag(policy.version())).build();
    }

    /** What activation did: the active version and the default conflicts that did not block it. */
    public record ActivationView(PolicyView policy, List<Warning> warnings) {
        static ActivationView of(Activation activation) {
            return new ActivationView(
                    PolicyView.of(activation.policy()),
                    activation.warnings().stream()
                            .map(c ->
                                    new Warning(
                                            c.slot(),
                                            c.variant(),
                                            c.ruleId(),
                                            c.certainty().name().toLowerCase(java.util.Locale.ROOT),
                                            c.message()))
                            .toList());
        }
    }

    /** A default that the policy removes only sometimes (once a limit is reached, or by page). */
    public record Warning(
            String slot, String variant, String ruleId, String certainty, String message) {}
}
