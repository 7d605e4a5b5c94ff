package io.pagewright.decision;

import java.util.Objects;
import java.util.Optional;

/** Who a page is resolved for, with the intent and lifecycle stage known for this request. */
public record Visitor(String visitorId, Optional<String> intent, Optional<String> lifecycleStage) {

    public Visitor {
        Objects.requireNonNull(visitorId, "visitorId");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(lifecycleStage, "lifecycleStage");
    }
}
