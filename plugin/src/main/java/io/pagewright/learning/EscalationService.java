package io.pagewright.learning;

import io.pagewright.audit.AuditTrail;
import io.pagewright.content.Violation;
import io.pagewright.platform.ConflictProblem;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.platform.ValidationProblem;
import io.pagewright.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** People resolving escalation items: audited, and followed by this node at once. */
@ApplicationScoped
@Transactional
public class EscalationService {

    @Inject EscalationStore store;
    @Inject Escalations escalations;
    @Inject AuditTrail audit;
    @Inject CurrentActor actor;

    public EscalationStore.Item resolve(String id, String resolution, String comment) {
        List<Violation> violations = new ArrayList<>();
        if (resolution == null || Escalations.parse(resolution).isEmpty()) {
            violations.add(new Violation("resolution", "must be explore or keep-default"));
        }
        if (comment == null || comment.isBlank()) {
            violations.add(new Violation("comment", "is required: say why, for the audit trail"));
        } else if (comment.length() > 2000) {
            violations.add(new Violation("comment", "must be at most 2000 characters"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        EscalationStore.Item item =
                store.find(id)
                        .orElseThrow(() ->
                                new NotFoundProblem(
                                        "escalation-not-found",
                                        "No such escalation",
                                        "There is no escalation " + id + "."));
        if (!EscalationStore.OPEN.equals(item.status())) {
            throw new ConflictProblem(
                    "escalation-resolved",
                    "Already resolved",
                    "Escalation "
                            + id
                            + " was resolved by "
                            + item.resolvedBy()
                            + " ("
                            + item.resolution()
                            + ").");
        }
        String who = actor.get().name();
        store.resolve(id, resolution, who, comment, Instant.now());
        audit.record(
                "escalation.resolve",
                "escalation",
                item.surface() + "/" + item.slot() + "/" + item.segment(),
                null,
                comment,
                null,
                java.util.Map.of("resolution", resolution));
        escalations.readResolutions();
        return store.find(id).orElseThrow();
    }
}
