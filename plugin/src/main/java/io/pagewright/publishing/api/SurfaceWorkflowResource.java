package io.pagewright.publishing.api;

import io.pagewright.publishing.ContentKind;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The publishing workflow of surfaces: {@code /api/v1/surfaces/{key}/versions/{n}/submit} etc. */
@Path("/v1/surfaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurfaceWorkflowResource extends WorkflowResource {

    @Override
    protected ContentKind kind() {
        return ContentKind.SURFACE;
    }
}
