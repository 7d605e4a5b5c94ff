package io.pagewright.policy;

import io.pagewright.content.Channel;
import io.pagewright.content.Offer;
import io.pagewright.decision.Distribution;
import io.pagewright.decision.PublishedSlot;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotRequest;
import io.pagewright.decision.SlotStrategy;
import io.pagewright.decision.Visitor;
import io.pagewright.decision.Weighted;
import io.pagewright.policy.predicate.FieldCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Small builders for policy tests: variants, slots, rules, strategies and an in-memory history. */
final class Fixtures {
    private Fixtures() {}

    /** Strict like the server's mapper: unknown fields are errors. */
    static final JsonMapper JSON =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static final UUID PAGE = UUID.fromString("00000000-0000-0000-0000-000000000001");

    static PublishedVariant plain(String key) {
        return PublishedVariant.builder(key, "banner").build();
    }

    static PublishedVariant discount(String key, int percent) {
        return PublishedVariant.builder(key, "offer-block")
                .offer(Offer.discount(BigDecimal.valueOf(percent)))
                .build();
    }

    static PublishedVariant offer(String key, String type) {
        return PublishedVariant.builder(key, "offer-block").offer(Offer.of(type)).build();
    }

    static PublishedSlot slot(String key, int position, PublishedVariant... variants) {
        return new PublishedSlot(key, position, variants[0].key(), List.of(variants));
    }

    static PublishedSurface surface(PublishedSlot... slots) {
        return new PublishedSurface("home", Channel.WEB, List.of(slots));
    }

    static Visitor visitor(Object... pairs) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("consent.personalization", true);
        for (int i = 0; i < pairs.length; i += 2) {
            attributes.put((String) pairs[i], pairs[i + 1]);
        }
        return new Visitor("v-1", attributes);
    }

    static CompiledPolicy policy(Rule... rules) {
        return CompiledPolicy.compile(
                new Policy("test", 1L, List.of(rules)), FieldCatalog.defaults());
    }

    static GuardedPage assemble(
            CompiledPolicy policy,
            PublishedSurface surface,
            SlotStrategy strategy,
            Visitor visitor,
            ImpressionHistory history) {
        return new GuardedPageAssembler(strategy)
                .assemble(policy.on(surface), visitor, history, PAGE);
    }

    static List<String> served(GuardedPage page) {
        return page.explanations().stream().map(e -> e.served().orElse("-")).toList();
    }

    static Optional<String> when(String text) {
        return Optional.ofNullable(text);
    }

    static DiscountCap discountCap(String id, int max) {
        return new DiscountCap(id, List.of(), Optional.empty(), BigDecimal.valueOf(max));
    }

    static Exclusion exclusion(String id, String when, VariantSelector exclude) {
        return new Exclusion(id, List.of(), when(when), exclude);
    }

    static OfferBudget offerBudget(String id, String type, Integer perPage, Integer perSession) {
        return new OfferBudget(
                id, List.of(), Optional.empty(), Optional.ofNullable(type), perPage, perSession);
    }

    static FrequencyCap frequencyCap(
            String id, CapSubject subject, String key, int max, Window window) {
        return new FrequencyCap(id, List.of(), Optional.empty(), subject, key, max, window);
    }

    static RequiredCompanion companion(
            String id, VariantSelector trigger, VariantSelector companion) {
        return new RequiredCompanion(id, List.of(), Optional.empty(), trigger, companion);
    }

    /** Every eligible candidate equally likely. */
    static final SlotStrategy UNIFORM =
            strategy(
                    "uniform",
                    eligible -> {
                        double p = 1.0 / eligible.size();
                        return eligible.stream()
                                .map(v -> new Weighted(v, 0, p, "uniform"))
                                .toList();
                    });

    /**
     * The last eligible candidate with probability one: the strategy's favourite is usually an
     * offer.
     */
    static final SlotStrategy LAST =
            strategy(
                    "last",
                    eligible -> {
                        List<Weighted> entries = new ArrayList<>();
                        for (int i = 0; i < eligible.size(); i++) {
                            entries.add(
                                    new Weighted(
                                            eligible.get(i),
                                            i,
                                            i == eligible.size() - 1 ? 1.0 : 0.0,
                                            "favourite is last"));
                        }
                        return entries;
                    });

    static SlotStrategy strategy(
            String id, Function<List<PublishedVariant>, List<Weighted>> weights) {
        return new SlotStrategy() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Distribution distribute(SlotRequest request) {
                return new Distribution(weights.apply(request.eligible()));
            }
        };
    }

    /** Impressions per counter and window, as the server would keep them for one visitor. */
    static final class History implements ImpressionHistory {
        private final Map<Counter, int[]> counts = new HashMap<>();

        History with(Counter counter, Window window, int count) {
            counts.computeIfAbsent(counter, c -> new int[Window.values().length])[
                            window.ordinal()] =
                    count;
            return this;
        }

        void record(List<Counter> impressions) {
            for (Counter counter : impressions) {
                int[] windows =
                        counts.computeIfAbsent(counter, c -> new int[Window.values().length]);
                for (int w = 0; w < windows.length; w++) {
                    windows[w]++;
                }
            }
        }

        @Override
        public int count(Counter counter, Window window) {
            int[] windows = counts.get(counter);
            return windows == null ? 0 : windows[window.ordinal()];
        }
    }
}
