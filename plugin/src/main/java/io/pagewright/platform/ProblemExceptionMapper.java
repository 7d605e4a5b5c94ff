package io.pagewright.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Renders the failures the application reports on purpose. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException e) {
        Response response =
                Problems.response(
                        e.status(),
                        e.typeSlug(),
                        e.title(),
                        e.getMessage(),
                        e.errors(),
                        null,
                        e.currentVersion());
        if (e instanceof OverloadProblem overload) {
            return Response.fromResponse(response)
                    .header("Retry-After", overload.retryAfterSeconds())
                    .build();
        }
        return response;
    }
}
