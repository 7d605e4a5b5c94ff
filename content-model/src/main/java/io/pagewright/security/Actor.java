package io.pagewright.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who does something: a signed-in person, a delivery key, or the system itself (scheduled
 * publishing, demo content). Recorded on every change and workflow action.
 */
public record Actor(String name, Set<String> roles) {

    /** The server acting on its own, e.g. a scheduled publish coming due. */
    public static final Actor SYSTEM = new Actor("system", Set.of());

    public Actor {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isSystem() {
        return this.equals(SYSTEM);
    }
}
