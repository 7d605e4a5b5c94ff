package io.pagewright.publishing.api;

import io.pagewright.publishing.ContentKind;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The publishing workflow of policies: a strategy owner submits a version, another strategy owner
 * approves it, and publishing makes it the active version the engine enforces.
 */
@Path("/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyWorkflowResource extends WorkflowResource {

    @Override
    protected ContentKind kind() {
        return ContentKind.POLICY;
    }
}
