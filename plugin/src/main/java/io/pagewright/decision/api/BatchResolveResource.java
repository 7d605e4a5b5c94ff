package io.pagewright.decision.api;

import io.pagewright.decision.ResolveService;
import io.pagewright.platform.Json;
import io.pagewright.platform.ProblemException;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves one surface for a list of recipients at send time (email, push): one page per recipient,
 * each decided, counted and logged like a single resolve, streamed back as newline-delimited JSON
 * as they are decided, in the order of the request.
 */
@RolesAllowed({
    Roles.DELIVERY,
    Roles.STRATEGY_OWNER,
    Roles.EDITOR,
    Roles.REVIEWER,
    Roles.ADMIN,
    Roles.VIEWER
})
@Path("/v1/surfaces/{surfaceKey}/resolve-batch")
@RequestScoped
public class BatchResolveResource {

    static final int MAX_RECIPIENTS = 10_000;
    static final String NDJSON = "application/x-ndjson";

    @Inject ResolveService resolver;

    /** The recipients of one send. */
    public record BatchResolveRequest(
            @NotNull(message = "a list of recipients is required")
                    @Size(min = 1, max = MAX_RECIPIENTS)
                    List<@NotNull @Valid Recipient> recipients) {}

    /** One recipient: as a single resolve's request, without previews. */
    public record Recipient(
            @jakarta.validation.constraints.NotBlank @Size(max = 200) String visitorId,
            @Size(max = 200) String userId,
            @Valid ResolveRequest.RequestContext context,
            @AssertFalse(message = "a batch is sent to visitors: no previews") Boolean preview) {

        ResolveRequest request() {
            return new ResolveRequest(visitorId, userId, context, false);
        }
    }

    /**
     * One line per recipient, in request order: the page exactly as {@code POST .../resolve}
     * answers it, or, if that one recipient could not be resolved, {@code {"visitorId": ...,
     * "problem": {...}}} with the problem a single resolve would have answered.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(NDJSON)
    public Response resolve(
            @PathParam("surfaceKey") String surfaceKey, @Valid @NotNull BatchResolveRequest batch) {
        resolver.requirePublished(surfaceKey);
        StreamingOutput lines =
                output -> {
                    int written = 0;
                    for (Recipient recipient : batch.recipients()) {
                        write(output, line(surfaceKey, recipient));
                        if (++written % 100 == 0) {
                            output.flush();
                        }
                    }
                    output.flush();
                };
        return Response.ok(lines, NDJSON).build();
    }

    private Object line(String surfaceKey, Recipient recipient) {
        try {
            return ResolveResponse.of(resolver.resolve(surfaceKey, recipient.request()), false);
        } catch (ProblemException e) {
            Map<String, Object> failed = new LinkedHashMap<>();
            failed.put("visitorId", recipient.visitorId());
            failed.put("problem", e.problem());
            return failed;
        }
    }

    private static void write(OutputStream output, Object line) throws java.io.IOException {
        output.write(Json.MAPPER.writeValueAsString(line).getBytes(StandardCharsets.UTF_8));
        output.write('\n');
    }
}
