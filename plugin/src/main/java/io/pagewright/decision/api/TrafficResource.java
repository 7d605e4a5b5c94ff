package io.pagewright.decision.api;

import io.pagewright.content.SurfaceService;
import io.pagewright.content.Violation;
import io.pagewright.decision.traffic.SurfaceTraffic;
import io.pagewright.decision.traffic.Traffic;
import io.pagewright.platform.ValidationProblem;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A surface's traffic from the decision log: page decisions per intent × lifecycle stage and per
 * slot's variant, for the coverage matrix. Aggregates only, no visitor, so every person's role may
 * read it.
 */
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
@Path("/v1/surfaces/{surfaceKey}/traffic")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrafficResource {

    /** Without {@code since}: the last seven days. */
    static final Duration DEFAULT_PERIOD = Duration.ofDays(7);

    @Inject SurfaceTraffic traffic;
    @Inject SurfaceService surfaces;

    /**
     * The traffic since {@code since} (an ISO-8601 instant such as {@code 2026-11-17T00:00:00Z},
     * default seven days ago); 404 for an unknown surface, 503 when the log cannot be read.
     */
    @GET
    public Traffic traffic(
            @PathParam("surfaceKey") String surfaceKey, @QueryParam("since") String since) {
        Instant from = since(since);
        if (!surfaces.exists(surfaceKey)) {
            throw SurfaceService.unknownSurface(surfaceKey);
        }
        return traffic.since(surfaceKey, from);
    }

    private static Instant since(String since) {
        Instant now = Instant.now();
        if (since == null || since.isBlank()) {
            return now.minus(DEFAULT_PERIOD).truncatedTo(ChronoUnit.MILLIS);
        }
        Instant from;
        try {
            from = Instant.parse(since.trim());
        } catch (DateTimeParseException e) {
            throw invalid("must be an ISO-8601 instant such as 2026-11-17T00:00:00Z");
        }
        if (from.isAfter(now)) {
            throw invalid("must not be in the future");
        }
        return from.truncatedTo(ChronoUnit.MILLIS);
    }

    private static ValidationProblem invalid(String message) {
        return new ValidationProblem(List.of(new Violation("since", message)));
    }
}
