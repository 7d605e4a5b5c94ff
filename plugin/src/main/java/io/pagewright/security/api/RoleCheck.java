package io.pagewright.security.api;

import io.pagewright.platform.ForbiddenProblem;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import java.util.logging.Logger;

/**
 * Enforces {@link RolesAllowed} on every resource method, and fails closed: a method with neither
 * {@code @RolesAllowed} nor {@code @PermitAll} (on itself or its class) answers 403 to everyone, so
 * an endpoint can never be left open by accident. Authentication itself happens before, in the
 * server (Elytron); this only decides what an authenticated caller may do.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(RoleCheck.class.getName());

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !type.isAnnotationPresent(PermitAll.class)) {
            allowed = type.getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            if (!type.isAnnotationPresent(PermitAll.class)) {
                LOG.severe(
                        type.getName()
                                + "#"
                                + method.getName()
                                + " declares no roles: it is closed to everyone");
                context.register(new Filter(List.of()), Priorities.AUTHORIZATION);
            }
            return;
        }
        context.register(new Filter(List.of(allowed.value())), Priorities.AUTHORIZATION);
    }

    /** Lets a request through if its caller holds one of the roles. */
    static final class Filter implements ContainerRequestFilter {
        private final List<String> roles;

        Filter(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            for (String role : roles) {
                if (security.isUserInRole(role)) {
                    return;
                }
            }
            throw new ForbiddenProblem(
                    "role-required",
                    "Your roles do not allow this",
                    roles.isEmpty()
                            ? "This endpoint is closed: it declares no roles."
                            : "This needs one of the roles "
                                    + String.join(", ", roles)
                                    + "; "
                                    + (security.getUserPrincipal() == null
                                            ? "you are not signed in."
                                            : "'"
                                                    + security.getUserPrincipal().getName()
                                                    + "' has none of them."));
        }
    }
}
