package io.pagewright.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The runtime's own client errors (no such path, wrong method, unsupported media type) as problems.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof ProblemException problem) {
            return new ProblemExceptionMapper().toResponse(problem);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        String detail =
                switch (status) {
                    case 404 -> "No API resource at this path.";
                    case 405 -> "This resource does not support the request's method.";
                    case 406 -> "This resource answers with application/json only.";
                    case 415 -> "Send the body as application/json.";
                    default ->
                            status >= 500
                                    ? "The server failed to handle the request."
                                    : e.getMessage();
                };
        return Problems.response(status, slug, title, detail, List.of(), status >= 500 ? e : null);
    }
}
