package io.pagewright.security.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * HTTP sessions last the configured timeout (web.xml, 8 hours) only once someone is signed in with
 * them. A session starts short ({@link #UNAUTHENTICATED_SECONDS}) when the sign-in mechanism
 * creates it for an unauthenticated call ({@link SignInProblemServlet}); the first authenticated
 * call made with it, the admin UI's right after its sign-in, gives it the full timeout.
 */
@WebFilter("/api/*")
public class SignedInSessions extends HttpFilter {

    /** How long a session without anyone signed in is kept after its last use. */
    static final int UNAUTHENTICATED_SECONDS = 5;

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            // Basic calls carry no session cookie, so this is no work for them.
            HttpSession session = request.getSession(false);
            int signedIn = getServletContext().getSessionTimeout() * 60;
            if (session != null && session.getMaxInactiveInterval() < signedIn) {
                session.setMaxInactiveInterval(signedIn);
            }
        }
        chain.doFilter(request, response);
    }
}
