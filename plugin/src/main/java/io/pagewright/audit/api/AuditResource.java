package io.pagewright.audit.api;

import io.pagewright.audit.AuditEntry;
import io.pagewright.audit.AuditTrail;
import io.pagewright.content.Violation;
import io.pagewright.platform.ValidationProblem;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The audit trail, read only: filter by object, user, action and time. There is deliberately no
 * method that writes, changes or deletes an entry.
 */
@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
public class AuditResource {

    static final int MAX_SIZE = 200;

    @Inject AuditTrail trail;

    public record AuditPage(List<AuditEntry> items, long total) {}

    @GET
    public AuditPage find(
            @QueryParam("objectKind") String objectKind,
            @QueryParam("objectKey") String objectKey,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw new ValidationProblem(List.of(new Violation("page", "must be 0 or more")));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationProblem(
                    List.of(new Violation("size", "must be between 1 and " + MAX_SIZE)));
        }
        AuditTrail.Query query =
                new AuditTrail.Query(
                        blankToNull(objectKind),
                        blankToNull(objectKey),
                        blankToNull(actor),
                        blankToNull(action),
                        instant("from", from),
                        instant("to", to));
        return new AuditPage(trail.find(query, page, size), trail.count(query));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationProblem(
                    List.of(
                            new Violation(
                                    name,
                                    "must be an ISO-8601 instant such as 2026-11-24T10:00:00Z")));
        }
    }
}
