package io.pagewright.decision.traffic;

import java.time.Instant;

/**
 * Where the decision log is read back as traffic: how a surface's page decisions split over the
 * audiences of the coverage matrix and over each slot's variants. Previews are not decisions, so
 * they are not traffic.
 */
public interface SurfaceTraffic {

    /** The surface's traffic from {@code since} until now; zero decisions when there were none. */
    Traffic since(String surfaceKey, Instant since);
}
