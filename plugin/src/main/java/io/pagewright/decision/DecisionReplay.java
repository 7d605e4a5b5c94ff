package io.pagewright.decision;

import io.pagewright.content.SurfaceStore;
import io.pagewright.learning.BanditSettings;
import io.pagewright.learning.BanditStrategy;
import io.pagewright.learning.ModelState;
import io.pagewright.learning.ModelStore;
import io.pagewright.learning.SlotModel;
import io.pagewright.platform.ConflictProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Replays a logged page decision: for each slot, the strategy it was decided by gets the same
 * request again (the published surface version of the day, the logged eligible set, the visitor as
 * the strategies saw it, the model version the decision pinned) and draws from its distribution
 * with the randomness of the slot's decision id. A replay that serves another variant or another
 * probability than the log says means the decision cannot be explained by its inputs.
 *
 * <p>Policies are not evaluated again: which candidates they removed depended on the visitor's
 * impressions at that moment; the log keeps the removals and the eligible set that resulted.
 */
@ApplicationScoped
public class DecisionReplay {

    @Inject DecisionLog log;
    @Inject SurfaceStore surfaces;
    @Inject ModelStore models;

    /** One slot's decision, as logged and as replayed. */
    public record SlotReplay(
            String slot,
            String strategy,
            String modelVersion,
            String loggedVariant,
            double loggedProbability,
            String replayedVariant,
            double replayedProbability,
            boolean matches) {}

    /** The replay of one page decision. */
    public record Replay(
            String pageDecisionId, long surfaceVersion, boolean matches, List<SlotReplay> slots) {}

    public Optional<Replay> replay(java.util.UUID decisionId) {
        return log.find(decisionId).map(this::replay);
    }

    Replay replay(DecisionRecord record) {
        if (record.surfaceVersion() == null) {
            throw new ConflictProblem(
                    "decision-not-replayable",
                    "This decision cannot be replayed",
                    "Decision "
                            + record.pageDecisionId()
                            + " was logged before decisions recorded their surface version.");
        }
        PublishedSurface surface =
                surfaces.findVersion(record.surface(), record.surfaceVersion())
                        .map(s -> PublishedSurface.of(s.definition(), record.at()))
                        .orElseThrow(() ->
                                new ConflictProblem(
                                        "decision-not-replayable",
                                        "This decision cannot be replayed",
                                        "Version "
                                                + record.surfaceVersion()
                                                + " of surface '"
                                                + record.surface()
                                                + "' no longer exists."));
        Visitor visitor = new Visitor("replay", record.visitor());
        List<SlotReplay> slots = new ArrayList<>();
        for (DecisionRecord.Slot logged : record.slots()) {
            slots.add(replay(record.surface(), surface, visitor, logged));
        }
        return new Replay(
                record.pageDecisionId().toString(),
                record.surfaceVersion(),
                slots.stream().allMatch(SlotReplay::matches),
                slots);
    }

    private SlotReplay replay(
            String surfaceKey,
            PublishedSurface surface,
            Visitor visitor,
            DecisionRecord.Slot logged) {
        PublishedSlot slot =
                surface.slots().stream()
                        .filter(s -> s.key().equals(logged.slot()))
                        .findFirst()
                        .orElse(null);
        if (slot == null) {
            return mismatch(logged, "slot not in the surface version");
        }
        Set<String> eligibleKeys = new HashSet<>(logged.eligible());
        List<PublishedVariant> eligible =
                slot.variants().stream().filter(v -> eligibleKeys.contains(v.key())).toList();
        if (eligible.size() != eligibleKeys.size()) {
            return mismatch(logged, "eligible variants not in the surface version");
        }
        SlotRequest request = new SlotRequest(slot, eligible, visitor);
        Distribution distribution;
        if (logged.escalation() != null) {
            // escalated: the learning strategy handed the slot to its default, with certainty
            distribution = new DefaultStrategy().distribute(request);
        } else
            switch (logged.strategy()) {
                case BanditStrategy.ID -> {
                    Optional<ModelState> kept = modelState(surfaceKey, slot, logged);
                    if (kept.isEmpty()) {
                        return mismatch(
                                logged,
                                "model version "
                                        + logged.modelVersion()
                                        + " is no longer kept (model retention,"
                                        + " PAGEWRIGHT_LEARNING_MODEL_RETENTION_DAYS)");
                    }
                    ModelState state = kept.get();
                    distribution =
                            new BanditStrategy(
                                            new io.pagewright.learning.SlotModels(
                                                    surfaceKey, BanditSettings.DEFAULTS))
                                    .distribute(request, state);
                }
                case RulesStrategy.ID -> distribution = new RulesStrategy().distribute(request);
                default -> distribution = new DefaultStrategy().distribute(request);
            }
        Weighted chosen = distribution.sample(Decisions.random(logged.decisionId()).nextDouble());
        boolean matches =
                chosen.variant().key().equals(logged.variant())
                        && Math.abs(chosen.probability() - logged.probability()) < 1e-9;
        return new SlotReplay(
                logged.slot(),
                logged.strategy(),
                logged.modelVersion(),
                logged.variant(),
                logged.probability(),
                chosen.variant().key(),
                chosen.probability(),
                matches);
    }

    /** The model state the decision pinned: stored, or the prior of a model never stored. */
    private Optional<ModelState> modelState(
            String surfaceKey, PublishedSlot slot, DecisionRecord.Slot logged) {
        long version = Long.parseLong(logged.modelVersion());
        Optional<SlotModel> stored =
                models.find(surfaceKey, logged.slot(), version).map(SlotModel::restore);
        if (stored.isPresent()) {
            return Optional.of(stored.get().current());
        }
        SlotModel prior =
                SlotModel.create(
                        surfaceKey, logged.slot(), BanditSettings.from(slot.strategySettings()));
        return prior.current().version() == version
                ? Optional.of(prior.current())
                : Optional.empty();
    }

    private static SlotReplay mismatch(DecisionRecord.Slot logged, String why) {
        return new SlotReplay(
                logged.slot(),
                logged.strategy(),
                logged.modelVersion(),
                logged.variant(),
                logged.probability(),
                why,
                0,
                false);
    }
}
