package io.pagewright.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a page is resolved for: the visitor id and what is known about them and this request, as
 * attributes with flat names ({@code intent}, {@code lifecycleStage}, {@code ageBand}, {@code
 * region}, {@code device}, {@code consent.personalization} ...). Values are strings, numbers or
 * booleans. Policies, strategies and features read the same attributes by the same names.
 */
public record Visitor(String visitorId, Map<String, Object> attributes) {

    public static final String INTENT = "intent";
    public static final String LIFECYCLE_STAGE = "lifecycleStage";

    public Visitor {
        Objects.requireNonNull(visitorId, "visitorId");
        Map<String, Object> copy = new LinkedHashMap<>();
        Objects.requireNonNull(attributes, "attributes")
                .forEach((k, v) -> {
                    if (v != null) {
                        copy.put(k, v);
                    }
                });
        attributes = Collections.unmodifiableMap(copy);
    }

    /** A visitor with only a stated intent and lifecycle stage, either of which may be null. */
    public static Visitor of(String visitorId, String intent, String lifecycleStage) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(INTENT, intent);
        attributes.put(LIFECYCLE_STAGE, lifecycleStage);
        return new Visitor(visitorId, attributes);
    }

    public Optional<Object> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** The attribute as text, if it is present and a string. */
    public Optional<String> text(String name) {
        return attribute(name).filter(String.class::isInstance).map(String.class::cast);
    }

    public Optional<String> intent() {
        return text(INTENT);
    }

    public Optional<String> lifecycleStage() {
        return text(LIFECYCLE_STAGE);
    }
}
