package io.pagewright.policy;

import io.pagewright.policy.predicate.Predicates;
import io.pagewright.policy.predicate.ProfilePredicate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The requests a compiled rule covers: its surfaces (empty: all) and its visitors. */
record Segment(Set<String> surfaces, Optional<ProfilePredicate> when) {

    Segment {
        surfaces = Set.copyOf(surfaces);
    }

    boolean coversSurface(String surface) {
        return surfaces.isEmpty() || surfaces.contains(surface);
    }

    boolean coversVisitor(Map<String, Object> attributes) {
        return when.isEmpty() || Predicates.holds(when.get(), attributes);
    }

    String describe() {
        return when.map(p -> "visitors with " + p.toText()).orElse("every visitor");
    }
}
