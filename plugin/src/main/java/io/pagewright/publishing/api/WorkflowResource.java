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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * The publishing workflow of a kind's versions, under the kind's collection path: submit, approve,
 * reject, publish (now or scheduled), roll back, archive, and the review of a version with its diff
 * against what is live. Roles here are the widest a kind needs; the {@code Workflow} narrows them
 * per kind (only a strategy owner submits or approves a policy) and answers 403 naming the rule.
 */
public abstract class WorkflowResource {

    /** The kind of document this resource runs the workflow for. */
    protected abstract ContentKind kind();

    @Inject PublishingService publishing;
    @Inject ReviewViews views;
    @Inject IndexOutbox outbox;
    @Inject Validator validator;

    /** What is live, and which versions are in review, approved or scheduled. */
    @GET
    @Path("{key}/workflow")
    @RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
    public ReviewViews.Workflow workflow(@PathParam("key") String key) {
        return views.workflow(kind(), key);
    }

    /** The review of a version: its stage, approvals, what it still needs, and its diff. */
    @GET
    @Path("{key}/versions/{version}/review")
    @RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
    public ReviewViews.ReviewDetail review(
            @PathParam("key") String key, @PathParam("version") long version) {
        return views.detail(kind(), key, version);
    }

    @POST
    @Path("{key}/versions/{version}/submit")
    @RolesAllowed({Roles.EDITOR, Roles.STRATEGY_OWNER})
    public ReviewState submit(
            @PathParam("key") String key,
            @PathParam("version") long version,
            WorkflowAction action) {
        return publishing.state(publishing.submit(kind(), key, version, valid(action).comment()));
    }

    @POST
    @Path("{key}/versions/{version}/approve")
    @RolesAllowed({Roles.REVIEWER, Roles.STRATEGY_OWNER})
    public ReviewState approve(
            @PathParam("key") String key,
            @PathParam("version") long version,
            WorkflowAction action) {
        return publishing.state(publishing.approve(kind(), key, version, valid(action).comment()));
    }

    @POST
    @Path("{key}/versions/{version}/reject")
    @RolesAllowed({Roles.REVIEWER, Roles.STRATEGY_OWNER})
    public ReviewState reject(
            @PathParam("key") String key,
            @PathParam("version") long version,
            WorkflowAction action) {
        return publishing.state(publishing.reject(kind(), key, version, valid(action).comment()));
    }

    /**
     * Publishes an approved version: 200 when it is live (with {@code Pagewright-Index: current} or
     * {@code pending} for the search index), 202 when it is scheduled.
     */
    @POST
    @Path("{key}/versions/{version}/publish")
    @RolesAllowed({Roles.EDITOR, Roles.REVIEWER, Roles.STRATEGY_OWNER})
    public Response publish(
            @PathParam("key") String key,
            @PathParam("version") long version,
            WorkflowAction action) {
        WorkflowAction valid = valid(action);
        Review review =
                publishing.publish(kind(), key, version, valid.publishAt(), valid.unpublishAt());
        return live(review);
    }

    /**
     * Republishes an earlier version as the newest: 200 when it went live at once, 202 when it is
     * high impact and waits in review.
     */
    @POST
    @Path("{key}/versions/{version}/rollback")
    @RolesAllowed({Roles.EDITOR, Roles.STRATEGY_OWNER})
    public Response rollback(
            @PathParam("key") String key,
            @PathParam("version") long version,
            WorkflowAction action) {
        return live(publishing.rollback(kind(), key, version, valid(action).comment()));
    }

    /** Takes the object off the decision engine (a surface's resolve answers 404 afterwards). */
    @POST
    @Path("{key}/archive")
    @RolesAllowed({Roles.EDITOR, Roles.STRATEGY_OWNER})
    public ReviewState archive(@PathParam("key") String key, WorkflowAction action) {
        ReviewState state =
                publishing.state(publishing.archive(kind(), key, valid(action).comment()));
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
