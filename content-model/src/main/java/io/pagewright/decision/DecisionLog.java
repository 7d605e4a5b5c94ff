package io.pagewright.decision;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where every decision is recorded for audit and offline evaluation. Recording never blocks or
 * fails a resolve; a recorded decision becomes findable within seconds.
 */
public interface DecisionLog {

    /** Records a page decision; returns at once. */
    void record(DecisionRecord decision);

    /** The page decision with this page or slot decision id. */
    Optional<DecisionRecord> find(UUID decisionId);

    /** The newest page decisions of one visitor (by visitor hash), newest first. */
    List<DecisionRecord> recent(String visitorHash, int limit);
}
