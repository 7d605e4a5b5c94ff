package io.pagewright.security.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The server's answers when a request to the API is not authenticated: the FORM mechanism forwards
 * here, and the status and problem+json are what the caller gets. {@code /auth/required} is the
 * login page (no credentials), {@code /auth/failed} the error page (wrong credentials).
 *
 * <p>Neither answer keeps a session for long: an unauthenticated caller owns nothing worth keeping
 * (see {@link SignedInSessions}).
 *
 * <p>API clients get {@code WWW-Authenticate: Basic}; the admin UI (which sends {@code
 * X-Requested-With}) does not, so the browser shows our sign-in screen, not its own dialog.
 */
@WebServlet(urlPatterns = {"/auth/required", "/auth/failed"})
public class SignInProblemServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean failed = request.getServletPath().endsWith("/failed");
        // FORM has just saved this unauthenticated request in a session, to return to it after a
        // sign-in. Nobody returns to an API call, and kept for the session timeout (8 hours) those
        // sessions let anonymous requests fill the heap: 550,000 of them held 250 MB. It expires
        // in seconds instead; invalidating it here, inside the request, would leave Weld's
        // conversation context active on the thread for the next request.
        HttpSession saved = request.getSession(false);
        if (saved != null) {
            saved.setMaxInactiveInterval(SignedInSessions.UNAUTHENTICATED_SECONDS);
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (request.getHeader("X-Requested-With") == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Pagewright\", charset=\"UTF-8\"");
        }
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String slug = failed ? "sign-in-failed" : "sign-in-required";
        String title = failed ? "Sign-in failed" : "Sign-in required";
        String detail =
                failed
                        ? "The user name or password is wrong, or the account is disabled."
                        : "Send HTTP Basic credentials (a user, or a delivery key as keyId:secret)"
                                + " or sign in through the admin UI.";
        response.getWriter()
                .write(
                        "{\"type\":\"https://pagewright.io/problems/"
                                + slug
                                + "\",\"title\":\""
                                + title
                                + "\",\"status\":401,\"detail\":\""
                                + detail
                                + "\",\"instance\":\"urn:uuid:"
                                + UUID.randomUUID()
                                + "\",\"errors\":[]}");
    }
}
