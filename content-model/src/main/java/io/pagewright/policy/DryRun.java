package io.pagewright.policy;

import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.SlotStrategy;
import io.pagewright.decision.Visitor;
import io.pagewright.policy.predicate.FieldCatalog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;

/**
 * Evaluates a draft policy against the current one before it is approved: every visitor's page is
 * assembled under both, with the same strategy, history and page decision id (so the same
 * randomness), and the differences are counted. Nothing is recorded.
 */
public final class DryRun {

    private static final int EXAMPLES = 20;

    private DryRun() {}

    public static DryRunReport compare(
            CompiledPolicy current,
            CompiledPolicy draft,
            PublishedSurface surface,
            List<Visitor> visitors,
            SlotStrategy strategy,
            Function<Visitor, ImpressionHistory> histories) {
        SurfaceGuardrails now = current.on(surface);
        SurfaceGuardrails next = draft.on(surface);
        GuardedPageAssembler assembler = new GuardedPageAssembler(strategy);
        Map<String, int[]> bites = new LinkedHashMap<>();
        List<DryRunReport.Change> changes = new ArrayList<>();
        int changedDecisions = 0;
        int changedPages = 0;
        for (Visitor visitor : visitors) {
            UUID pageId =
                    UUID.nameUUIDFromBytes(
                            ("dry-run:" + visitor.visitorId()).getBytes(StandardCharsets.UTF_8));
            ImpressionHistory history = histories.apply(visitor);
            GuardedPage before = assembler.assemble(now, visitor, history, pageId);
            GuardedPage after = assembler.assemble(next, visitor, history, pageId);
            count(before, bites, 0);
            count(after, bites, 1);
            int changed = 0;
            for (int i = 0; i < before.explanations().size(); i++) {
                SlotExplanation a = before.explanations().get(i);
                SlotExplanation b = after.explanations().get(i);
                if (!a.served().equals(b.served())) {
                    changed++;
                    if (changes.size() < EXAMPLES) {
                        changes.add(
                                new DryRunReport.Change(
                                        visitor.visitorId(), a.slot(), a.served(), b.served()));
                    }
                }
            }
            changedDecisions += changed;
            changedPages += changed > 0 ? 1 : 0;
        }
        List<DryRunReport.RuleActivity> activity =
                bites.entrySet().stream()
                        .map(e ->
                                new DryRunReport.RuleActivity(
                                        e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList();
        return new DryRunReport(
                current.version(),
                draft.version(),
                visitors.size(),
                visitors.size() * surface.slots().size(),
                changedDecisions,
                changedPages,
                activity,
                changes);
    }

    /** Counts, per rule, the slots of a page it removed at least one candidate from. */
    private static void count(GuardedPage page, Map<String, int[]> bites, int column) {
        for (SlotExplanation slot : page.explanations()) {
            slot.removals().stream()
                    .map(Removal::ruleId)
                    .distinct()
                    .forEach(rule -> bites.computeIfAbsent(rule, r -> new int[2])[column]++);
        }
    }

    /**
     * Synthetic visitors drawn from the catalog's example values; {@code seed} makes them
     * repeatable.
     */
    public static List<Visitor> syntheticVisitors(FieldCatalog catalog, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Visitor> visitors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            catalog.fields().stream()
                    .filter(f -> !f.examples().isEmpty() && random.nextDouble() < 0.8)
                    .forEach(f ->
                            attributes.put(
                                    f.name(),
                                    f.examples().get(random.nextInt(f.examples().size()))));
            visitors.add(new Visitor("synthetic-" + seed + "-" + i, attributes));
        }
        return visitors;
    }

    /** The same, without histories: every visitor starts a fresh session. */
    public static DryRunReport compare(
            CompiledPolicy current,
            CompiledPolicy draft,
            PublishedSurface surface,
            List<Visitor> visitors,
            SlotStrategy strategy) {
        return compare(current, draft, surface, visitors, strategy, v -> ImpressionHistory.none());
    }
}
