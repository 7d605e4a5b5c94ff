package io.pagewright.decision;

import io.pagewright.content.Violation;
import io.pagewright.learning.LearningModels;
import io.pagewright.learning.PinnedBandit;
import io.pagewright.platform.ValidationProblem;
import io.pagewright.policy.ActivePolicies;
import io.pagewright.policy.DryRun;
import io.pagewright.policy.GuardedPage;
import io.pagewright.policy.GuardedPageAssembler;
import io.pagewright.policy.ImpressionHistory;
import io.pagewright.policy.PolicyCatalog;
import io.pagewright.policy.PolicyVersion;
import io.pagewright.policy.Removal;
import io.pagewright.policy.SlotExplanation;
import io.pagewright.policy.SurfaceGuardrails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A batch simulation of a published surface: N synthetic visitors (every profile attribute the
 * policy language knows, drawn from a seed) get their pages under the active policies and the
 * slots' strategies, against a fresh session each; nothing is counted or logged. The answer is the
 * variant mix per slot, the rules that bit, and the coverage gaps: intent × lifecycle cells in
 * which a slot only ever served its default.
 */
@ApplicationScoped
public class Simulation {

    static final int MAX_VISITORS = 5000;

    @Inject ResolveService resolver;
    @Inject ActivePolicies policies;
    @Inject LearningModels models;

    /** One variant's share of a slot's decisions. */
    public record VariantShare(String variant, int count, double share) {}

    /** How often a rule removed candidates in a slot (slot decisions with a removal by it). */
    public record RuleBites(String ruleId, int removals) {}

    /** One slot's results. */
    public record SlotResult(
            String slot,
            String defaultVariant,
            List<VariantShare> variants,
            double defaultShare,
            int omitted,
            List<RuleBites> rules) {}

    /** An intent × lifecycle cell in which the slot only ever served its default. */
    public record Gap(String slot, String intent, String lifecycleStage) {}

    public record Report(
            String surface,
            int visitors,
            long seed,
            List<PolicyVersion> policies,
            List<SlotResult> slots,
            List<Gap> gaps) {}

    public Report run(String surfaceKey, int visitors, long seed) {
        if (visitors < 1 || visitors > MAX_VISITORS) {
            throw new ValidationProblem(
                    List.of(new Violation("visitors", "must be between 1 and " + MAX_VISITORS)));
        }
        PublishedSurface surface = resolver.published(surfaceKey);
        java.util.Optional<SurfaceGuardrails> active = policies.guardrails(surface);
        SurfaceGuardrails guardrails = active.orElseGet(() -> policies.none(surface));
        GuardedPageAssembler assembler =
                resolver.assembler(new PinnedBandit(models.models(surfaceKey)));
        Map<String, Map<String, Integer>> mix = new LinkedHashMap<>();
        Map<String, Integer> defaults = new LinkedHashMap<>();
        Map<String, Integer> omitted = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> bites = new LinkedHashMap<>();
        Map<String, Set<String>> cellsSeen = new LinkedHashMap<>();
        Map<String, Set<String>> cellsPersonalized = new LinkedHashMap<>();
        for (PublishedSlot slot : surface.slots()) {
            mix.put(slot.key(), new TreeMap<>());
            defaults.put(slot.key(), 0);
            omitted.put(slot.key(), 0);
            bites.put(slot.key(), new TreeMap<>());
            cellsSeen.put(slot.key(), new HashSet<>());
            cellsPersonalized.put(slot.key(), new HashSet<>());
        }
        List<Visitor> synthetic = DryRun.syntheticVisitors(PolicyCatalog.FIELDS, visitors, seed);
        for (int i = 0; i < synthetic.size(); i++) {
            Visitor visitor = synthetic.get(i);
            GuardedPage page =
                    assembler.assemble(
                            guardrails, visitor, ImpressionHistory.none(), new UUID(seed, i));
            String cell = cell(visitor);
            for (SlotDecision decision : page.page().slots()) {
                mix.get(decision.slot()).merge(decision.variant(), 1, Integer::sum);
                cellsSeen.get(decision.slot()).add(cell);
                if (decision.isDefault()) {
                    defaults.merge(decision.slot(), 1, Integer::sum);
                } else {
                    cellsPersonalized.get(decision.slot()).add(cell);
                }
            }
            page.omittedSlots().forEach(slot -> omitted.merge(slot, 1, Integer::sum));
            for (SlotExplanation explanation : page.explanations()) {
                explanation.removals().stream()
                        .map(Removal::ruleId)
                        .distinct()
                        .forEach(
                                rule -> bites.get(explanation.slot()).merge(rule, 1, Integer::sum));
            }
        }
        List<SlotResult> slots = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (PublishedSlot slot : surface.slots()) {
            List<VariantShare> shares =
                    mix.get(slot.key()).entrySet().stream()
                            .map(e ->
                                    new VariantShare(
                                            e.getKey(),
                                            e.getValue(),
                                            (double) e.getValue() / visitors))
                            .sorted((a, b) -> Integer.compare(b.count(), a.count()))
                            .toList();
            List<RuleBites> rules =
                    bites.get(slot.key()).entrySet().stream()
                            .map(e -> new RuleBites(e.getKey(), e.getValue()))
                            .sorted((a, b) -> Integer.compare(b.removals(), a.removals()))
                            .toList();
            slots.add(
                    new SlotResult(
                            slot.key(),
                            slot.defaultVariant(),
                            shares,
                            (double) defaults.get(slot.key()) / visitors,
                            omitted.get(slot.key()),
                            rules));
            cellsSeen.get(slot.key()).stream()
                    .filter(c -> !cellsPersonalized.get(slot.key()).contains(c))
                    .sorted()
                    .forEach(c -> {
                        String[] parts = c.split("\\|", -1);
                        gaps.add(
                                new Gap(
                                        slot.key(),
                                        parts[0].isEmpty() ? null : parts[0],
                                        parts[1].isEmpty() ? null : parts[1]));
                    });
        }
        return new Report(
                surfaceKey,
                visitors,
                seed,
                active.map(g -> g.policy().versions()).orElse(List.of()),
                slots,
                gaps);
    }

    private static String cell(Visitor visitor) {
        Object intent = visitor.attributes().get(Visitor.INTENT);
        Object stage = visitor.attributes().get(Visitor.LIFECYCLE_STAGE);
        return (intent == null ? "" : intent) + "|" + (stage == null ? "" : stage);
    }
}
