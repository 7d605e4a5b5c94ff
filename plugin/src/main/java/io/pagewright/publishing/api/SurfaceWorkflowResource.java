package io.pagewright.publishing.api;

import io.pagewright.platform.ValidationProblem;
import io.pagewright.publishing.ContentKind;
import io.pagewright.publishing.PublishingService;
import io.pagewright.publishing.PublishingService.ReviewState;
import io.pagewright.publishing.Review;
import io.pagewright.publishing.Stage;
import io.pagewright.search.IndexOutbox;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The publishing workflow of a surface's versions: submit, approve, reject, publish (now or
 * scheduled), roll back, archive, and the review of a version with its diff against what is live.
 */
@Path("/v1/surfaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
public class SurfaceWorkflowResource {

    @Inject PublishingService publishing;
    @Inject ReviewViews views;
    @Inject IndexOutbox outbox;
    @Inject Validator validator;

    /** What is live, and which versions are in review, approved or scheduled. */
    @GET
    @Path("{surfaceKey}/workflow")
    public ReviewViews.Workflow workflow(@PathParam("surfaceKey") String key) {
        return views.workflow(ContentKind.SURFACE, key);
    }

    /** The review of a version: its stage, approvals, what it still needs, and its diff. */
    @GET
    @Path("{surfaceKey}/versions/{version}/review")
    public ReviewViews.ReviewDetail review(
            @PathParam("surfaceKey") String key, @PathParam("version") long version) {
        return views.detail(ContentKind.SURFACE, key, version);
    }

    @POST
    @Path("{surfaceKey}/versions/{version}/submit")
    @RolesAllowed(Roles.EDITOR)
    public ReviewState submit(
            @PathParam("surfaceKey") String key,
            @PathParam("version") long version,
            WorkflowAction action) {
        return publishing.state(
                publishing.submit(ContentKind.SURFACE, key, version, valid(action).comment()));
    }

    @POST
    @Path("{surfaceKey}/versions/{version}/approve")
    @RolesAllowed({Roles.REVIEWER, Roles.STRATEGY_OWNER})
    public ReviewState approve(
            @PathParam("surfaceKey") String key,
            @PathParam("version") long version,
            WorkflowAction action) {
        return publishing.state(
                publishing.approve(ContentKind.SURFACE, key, version, valid(action).comment()));
    }

    @POST
    @Path("{surfaceKey}/versions/{version}/reject")
    @RolesAllowed({Roles.REVIEWER, Roles.STRATEGY_OWNER})
    public ReviewState reject(
            @PathParam("surfaceKey") String key,
            @PathParam("version") long version,
            WorkflowAction action) {
        return publishing.state(
                publishing.reject(ContentKind.SURFACE, key, version, valid(action).comment()));
    }

    /**
     * Publishes an approved version: 200 when it is live (with {@code Pagewright-Index: current} or
     * {@code pending} for the search index), 202 when it is scheduled.
     */
    @POST
    @Path("{surfaceKey}/versions/{version}/publish")
    @RolesAllowed({Roles.EDITOR, Roles.REVIEWER, Roles.STRATEGY_OWNER})
    public Response publish(
            @PathParam("surfaceKey") String key,
            @PathParam("version") long version,
            WorkflowAction action) {
        WorkflowAction valid = valid(action);
        Review review =
                publishing.publish(
                        ContentKind.SURFACE, key, version, valid.publishAt(), valid.unpublishAt());
        return live(review);
    }

    /**
     * Republishes an earlier version as the newest: 200 when it went live at once, 202 when it is
     * high impact and waits in review.
     */
    @POST
    @Path("{surfaceKey}/versions/{version}/rollback")
    @RolesAllowed({Roles.EDITOR, Roles.STRATEGY_OWNER})
    public Response rollback(
            @PathParam("surfaceKey") String key,
            @PathParam("version") long version,
            WorkflowAction action) {
        return live(
                publishing.rollback(ContentKind.SURFACE, key, version, valid(action).comment()));
    }

    /** Takes the surface off the decision engine; resolving it answers 404 afterwards. */
    @POST
    @Path("{surfaceKey}/archive")
    @RolesAllowed({Roles.EDITOR, Roles.STRATEGY_OWNER})
    public ReviewState archive(@PathParam("surfaceKey") String key, WorkflowAction action) {
        ReviewState state =
                publishing.state(
                        publishing.archive(ContentKind.SURFACE, key, valid(action).comment()));
        outbox.drain();
        return state;
    }

    private Response live(Review review) {
        if (review.stage() != Stage.PUBLISHED) {
            return Response.accepted(publishing.state(review)).build();
        }
        boolean indexed = outbox.drain();
        return Response.ok(publishing.state(review))
                .header("Pagewright-Index", indexed ? "current" : "pending")
                .build();
    }

    private WorkflowAction valid(WorkflowAction action) {
        WorkflowAction value = action == null ? WorkflowAction.NONE : action;
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ValidationProblem(
                    violations.stream()
                            .map(v ->
                                    new io.pagewright.content.Violation(
                                            v.getPropertyPath().toString(), v.getMessage()))
                            .toList());
        }
        return value;
    }
}
