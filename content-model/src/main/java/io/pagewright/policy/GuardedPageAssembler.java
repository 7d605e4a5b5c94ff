package io.pagewright.policy;

import io.pagewright.decision.AssembledPage;
import io.pagewright.decision.Decisions;
import io.pagewright.decision.Distribution;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotDecision;
import io.pagewright.decision.SlotRequest;
import io.pagewright.decision.SlotStrategy;
import io.pagewright.decision.Visitor;
import io.pagewright.decision.Weighted;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Assembles a page under a policy, slot by slot in page order. For each slot it masks the
 * candidates that would break a rule given everything decided so far (masks, then the page's and
 * session's limits and exclusive offers, then required companions), asks the strategy for a
 * distribution over what is left, and draws with the randomness of the slot's decision id, as
 * {@link io.pagewright.decision.PageAssembler} does. Because every candidate that would break a
 * rule is removed before the strategy is asked, the logged probability is exactly the probability
 * within the final eligible set.
 *
 * <p>A slot whose every candidate, default included, would break a rule is left out of the page and
 * reported. A required companion is only allowed while a later slot could still show it; if the
 * page state makes that impossible, the page is assembled again with that rule's triggers masked,
 * so the page served never breaks a rule.
 */
public final class GuardedPageAssembler {

    /** The strategy id recorded when a consent rule leaves the visitor the default experience. */
    public static final String DEFAULT_STRATEGY = "default";

    private final SlotStrategy strategy;

    public GuardedPageAssembler(SlotStrategy strategy) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    public GuardedPage assemble(
            SurfaceGuardrails guardrails,
            Visitor visitor,
            ImpressionHistory history,
            UUID pageDecisionId) {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(pageDecisionId, "pageDecisionId");
        Visitor forStrategy =
                guardrails.policy().forStrategies(guardrails.surface().key(), visitor);
        Set<Guard> abandoned = Collections.newSetFromMap(new IdentityHashMap<>());
        while (true) {
            Pass pass =
                    new Pass(
                            guardrails,
                            new PageRun(guardrails, visitor, history, abandoned),
                            forStrategy,
                            pageDecisionId);
            Optional<Guard.Companion> failure = pass.run();
            if (failure.isEmpty()) {
                return pass.result(visitor);
            }
            abandoned.add(failure.get()); // at most once per companion rule, so this ends
        }
    }

    /** One pass over the page; abandoned if a required companion turns out impossible. */
    private final class Pass {
        private final SurfaceGuardrails guardrails;
        private final PageRun run;
        private final Visitor forStrategy;
        private final UUID pageDecisionId;
        private final List<SlotDecision> decisions = new ArrayList<>();
        private final List<SlotExplanation> explanations = new ArrayList<>();
        private final List<String> omitted = new ArrayList<>();
        private final List<Counter> impressions = new ArrayList<>();

        Pass(SurfaceGuardrails guardrails, PageRun run, Visitor forStrategy, UUID pageDecisionId) {
            this.guardrails = guardrails;
            this.run = run;
            this.forStrategy = forStrategy;
            this.pageDecisionId = pageDecisionId;
        }

        Optional<Guard.Companion> run() {
            List<PreparedSlot> slots = guardrails.slots();
            for (int position = 0; position < slots.size() && run.failure().isEmpty(); position++) {
                decide(position, slots.get(position));
            }
            run.finish();
            return run.failure();
        }

        private void decide(int position, PreparedSlot slot) {
            UUID decisionId = Decisions.slotDecisionId(pageDecisionId, position);
            PageRun.SlotMask mask = run.mask(position);
            if (run.failure().isPresent()) {
                return;
            }
            List<Removal> removals = removals(slot, mask.hits());
            BitSet eligible = mask.eligible();
            if (eligible.isEmpty()) {
                omitted.add(slot.slot.key());
                explanations.add(
                        new SlotExplanation(
                                slot.slot.key(),
                                decisionId,
                                slot.keys,
                                removals,
                                Optional.empty(),
                                Optional.empty()));
                return;
            }
            Distribution distribution = distribution(slot, eligible);
            Weighted chosen = distribution.sample(Decisions.random(decisionId).nextDouble());
            int index = slot.indexOf(chosen.variant().key());
            if (index < 0
                    || !eligible.get(index)
                    || distribution.entries().size() != eligible.cardinality()) {
                throw new IllegalStateException(
                        "strategy "
                                + strategy.id()
                                + " answered outside the eligible set of slot "
                                + slot.slot.key());
            }
            run.served(position, index);
            impressions.addAll(slot.impressions.get(index));
            PublishedVariant variant = chosen.variant();
            decisions.add(
                    new SlotDecision(
                            decisionId,
                            slot.slot.key(),
                            variant.key(),
                            variant.componentType(),
                            variant.content(),
                            run.consentReason().isPresent()
                                    ? DEFAULT_STRATEGY
                                    : strategy.idFor(slot.slot),
                            chosen.probability(),
                            index == slot.defaultIndex,
                            chosen.reason()));
            explanations.add(
                    new SlotExplanation(
                            slot.slot.key(),
                            decisionId,
                            slot.keys,
                            removals,
                            Optional.of(distribution),
                            Optional.of(variant.key())));
        }

        private Distribution distribution(PreparedSlot slot, BitSet eligible) {
            if (run.consentReason().isPresent()) {
                PublishedVariant fallback = slot.variants.get(slot.defaultIndex);
                return new Distribution(
                        List.of(new Weighted(fallback, 0, 1.0, run.consentReason().get())));
            }
            PublishedVariant[] candidates = new PublishedVariant[eligible.cardinality()];
            int k = 0;
            for (int i = eligible.nextSetBit(0); i >= 0; i = eligible.nextSetBit(i + 1)) {
                candidates[k++] = slot.variants.get(i);
            }
            return strategy.distribute(
                    new SlotRequest(slot.slot, List.of(candidates), forStrategy));
        }

        private static List<Removal> removals(PreparedSlot slot, List<PageRun.Hit> hits) {
            List<Removal> removals = new ArrayList<>();
            for (PageRun.Hit hit : hits) {
                BitSet variants = hit.variants();
                for (int i = variants.nextSetBit(0); i >= 0; i = variants.nextSetBit(i + 1)) {
                    removals.add(
                            new Removal(slot.keys.get(i), hit.guard().rule().id(), hit.reason()));
                }
            }
            return removals;
        }

        GuardedPage result(Visitor visitor) {
            CompiledPolicy policy = guardrails.policy();
            String surface = guardrails.surface().key();
            AssembledPage page =
                    new AssembledPage(
                            pageDecisionId,
                            surface,
                            guardrails.surface().channel().wireName(),
                            visitor.visitorId(),
                            decisions);
            return new GuardedPage(
                    page,
                    policy.version(),
                    explanations,
                    omitted,
                    run.consentReason().isEmpty(),
                    policy.objectiveFor(surface, visitor),
                    impressions,
                    run.limits());
        }
    }
}
