package io.pagewright.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;

/** The actor of the current request, or {@link Actor#SYSTEM} outside of one. */
@ApplicationScoped
public class CurrentActor {

    @Inject Instance<HttpServletRequest> requests;

    public Actor get() {
        try {
            HttpServletRequest request = requests.get();
            Principal principal = request.getUserPrincipal();
            if (principal == null) {
                return Actor.SYSTEM;
            }
            Set<String> roles = new LinkedHashSet<>();
            for (String role : Roles.ALL) {
                if (request.isUserInRole(role)) {
                    roles.add(role);
                }
            }
            return new Actor(principal.getName(), roles);
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Actor.SYSTEM;
        }
    }
}
