package io.pagewright.catalog;

import io.pagewright.decision.AssembledPage;
import io.pagewright.decision.SlotDecision;
import io.pagewright.decision.Visitor;
import io.pagewright.policy.CompiledPolicy;
import io.pagewright.policy.GuardedPage;
import io.pagewright.profile.VisitorProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fills the query-driven recommendation rails of an assembled page from the catalog: each slot
 * whose variant names a rail strategy gets {@code items} in its content, in page order, under the
 * policies' category exclusions for the visitor and never repeating an item of an earlier slot.
 */
@ApplicationScoped
public class PageRails {

    /** The content field a filled rail's items are served in. */
    public static final String ITEMS = "items";

    @Inject CatalogCache cache;

    /**
     * The page with its rails filled, why a rail has fewer items than it could (or null), and per
     * rail slot how it was filled.
     */
    public record Filled(GuardedPage page, String fallbackReason, Map<String, Rail> rails) {}

    /** How one rail was filled: its strategy, the categories excluded, the items left out. */
    public record Rail(
            String strategy, List<String> excludedCategories, List<Rails.LeftOut> leftOut) {}

    public Filled fill(
            GuardedPage guarded, CompiledPolicy policy, Visitor visitor, long deadlineNanos) {
        AssembledPage page = guarded.page();
        if (page.slots().stream().noneMatch(s -> Rails.strategyOf(s.content()).isPresent())) {
            return new Filled(guarded, null, Map.of());
        }
        Rails rails = new Rails(cache.until(deadlineNanos));
        // rails read the profile as strategies do: without what data residency withholds
        Rails.RailVisitor railVisitor = railVisitor(policy.forStrategies(page.surface(), visitor));
        Set<String> excluded = policy.excludedCategories(page.surface(), visitor);
        Set<String> shown = new HashSet<>();
        String reason = null;
        Map<String, Rail> explained = new LinkedHashMap<>();
        List<String> excludedList = excluded.stream().sorted().toList();
        List<SlotDecision> slots = new ArrayList<>(page.slots().size());
        for (SlotDecision slot : page.slots()) {
            Optional<RailStrategy> strategy = Rails.strategyOf(slot.content());
            if (strategy.isEmpty()) {
                slots.add(slot);
                continue;
            }
            Rails.Filled filled =
                    rails.fill(
                            strategy.get(),
                            Rails.maxItemsOf(slot.content()),
                            railVisitor,
                            excluded,
                            shown);
            explained.put(
                    slot.slot(),
                    new Rail(strategy.get().wireName(), excludedList, filled.leftOut()));
            if (filled.fallbackReason() != null && reason == null) {
                reason = filled.fallbackReason() + " (" + slot.slot() + ")";
            }
            Map<String, Object> content = new LinkedHashMap<>(slot.content());
            content.put(ITEMS, filled.items().stream().map(PageRails::served).toList());
            slots.add(
                    new SlotDecision(
                            slot.decisionId(),
                            slot.slot(),
                            slot.variant(),
                            slot.componentType(),
                            content,
                            slot.strategy(),
                            slot.probability(),
                            slot.isDefault(),
                            slot.reason()));
        }
        AssembledPage filledPage =
                new AssembledPage(
                        page.pageDecisionId(),
                        page.surface(),
                        page.channel(),
                        page.visitorId(),
                        slots);
        return new Filled(
                new GuardedPage(
                        filledPage,
                        guarded.policy(),
                        guarded.explanations(),
                        guarded.omittedSlots(),
                        guarded.personalized(),
                        guarded.objective(),
                        guarded.impressions(),
                        guarded.limits()),
                reason,
                explained);
    }

    /** An item as a frontend renders it. */
    private static Map<String, Object> served(CatalogItem item) {
        Map<String, Object> served = new LinkedHashMap<>();
        served.put("id", item.id());
        served.put("title", item.title());
        served.put("category", item.category());
        if (item.price() != null) {
            served.put(
                    "price",
                    Map.of(
                            "amount", item.price().amount(),
                            "currency", item.price().currency()));
        }
        if (item.url() != null) {
            served.put("url", item.url());
        }
        if (item.imageUrl() != null) {
            served.put("imageUrl", item.imageUrl());
        }
        return served;
    }

    private static Rails.RailVisitor railVisitor(Visitor visitor) {
        Map<String, Object> attributes = visitor.attributes();
        return new Rails.RailVisitor(
                strings(attributes.get(VisitorProjection.RECENT_PRODUCTS)),
                strings(attributes.get(VisitorProjection.LAST_PURCHASE_PRODUCTS)),
                Optional.ofNullable(attributes.get(VisitorProjection.TOP_CATEGORY))
                        .map(Object::toString));
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return List.of();
    }
}
