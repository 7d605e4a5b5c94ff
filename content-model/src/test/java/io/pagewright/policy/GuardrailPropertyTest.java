package io.pagewright.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.decision.Distribution;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.SlotRequest;
import io.pagewright.decision.SlotStrategy;
import io.pagewright.decision.Visitor;
import io.pagewright.policy.predicate.FieldCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random catalogs, visitors, histories, policies and strategies: no assembled page or session ever
 * breaks an active rule, as judged by {@link IndependentChecker}, and every logged probability is
 * valid within its slot's final eligible set.
 *
 * <p>Each case is built by {@link RandomCases} from its seed alone. To replay one, run this class
 * with {@code -Dpagewright.guardrail.seed=N}.
 */
class GuardrailPropertyTest {

    private static final int CASES = 400;

    static LongStream seeds() {
        String replay = System.getProperty("pagewright.guardrail.seed");
        return replay == null ? LongStream.range(0, CASES) : LongStream.of(Long.parseLong(replay));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noSessionEverBreaksAnActiveRuleAndProbabilitiesAreValid(long seed) {
        RandomCases random = new RandomCases(seed);
        PublishedSurface surface = random.surface();
        Policy policy = random.validPolicy();
        Visitor visitor = random.visitor();
        Fixtures.History history = random.history();
        Recording recording = new Recording(random.strategy());
        List<UUID> pages = random.pageIds();

        CompiledPolicy compiled = CompiledPolicy.compile(policy, FieldCatalog.defaults());
        IndependentChecker checker = new IndependentChecker(policy, surface);
        GuardedPageAssembler assembler = new GuardedPageAssembler(recording);
        for (int n = 0; n < pages.size(); n++) {
            GuardedPage page =
                    assembler.assemble(compiled.on(surface), visitor, history, pages.get(n));
            String context = context(seed, n, pages.size(), policy, visitor);

            assertThat(checker.violations(visitor, history, page))
                    .as("rule violations, %s", context)
                    .isEmpty();
            assertThat(IndependentChecker.probabilityViolations(page))
                    .as("probability violations, %s", context)
                    .isEmpty();
            assertThat(page.impressions())
                    .as("impressions, %s", context)
                    .isEqualTo(expectedImpressions(page, checker));
            assertThat(page.policy())
                    .as("policy version, %s", context)
                    .isEqualTo(compiled.version());
            history.record(page.impressions());
        }
        String[] withheld = checker.withheld(visitor).toArray(String[]::new);
        recording.seen.forEach(seen ->
                assertThat(seen.attributes())
                        .as("attributes the strategy saw, seed %d, visitor %s", seed, visitor)
                        .doesNotContainKeys(withheld));
    }

    private static String context(long seed, int page, int pages, Policy policy, Visitor visitor) {
        return "seed %d, page %d of %d, visitor %s, policy %s"
                .formatted(
                        seed,
                        page + 1,
                        pages,
                        visitor.attributes(),
                        Fixtures.JSON.writeValueAsString(policy));
    }

    private static List<Counter> expectedImpressions(GuardedPage page, IndependentChecker checker) {
        List<Counter> expected = new ArrayList<>();
        page.page()
                .slots()
                .forEach(d -> {
                    PublishedVariant v = checker.variant(d.slot(), d.variant());
                    expected.add(Counter.variant(v.key()));
                    expected.add(Counter.slot(d.slot()));
                    expected.add(Counter.componentType(v.componentType()));
                    v.offer()
                            .ifPresent(o -> {
                                expected.add(Counter.offerType(o.type()));
                                expected.add(Counter.anyOffer());
                            });
                });
        return expected;
    }

    /** Remembers every visitor a strategy was given. */
    private static final class Recording implements SlotStrategy {
        private final SlotStrategy delegate;
        private final List<Visitor> seen = new ArrayList<>();

        Recording(SlotStrategy delegate) {
            this.delegate = delegate;
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public Distribution distribute(SlotRequest request) {
            seen.add(request.visitor());
            return delegate.distribute(request);
        }
    }
}
