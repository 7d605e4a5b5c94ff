package io.pagewright.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pagewright.content.Channel;
import io.pagewright.decision.PublishedSlot;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.PublishedVariant;
import io.pagewright.decision.RulesStrategy;
import io.pagewright.decision.Visitor;
import io.pagewright.policy.predicate.FieldCatalog;
import io.pagewright.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ImpressionCountersTest {

    private static final Duration SESSION = Duration.ofMinutes(30);
    private static final PublishedSurface SURFACE =
            new PublishedSurface(
                    "home",
                    Channel.WEB,
                    List.of(
                            new PublishedSlot(
                                    "prompt",
                                    0,
                                    "none",
                                    List.of(
                                            PublishedVariant.builder("none", "empty").build(),
                                            PublishedVariant.builder("promo", "banner")
                                                    .intents(List.of("research"))
                                                    .build()))));
    private static final Visitor VISITOR = Visitor.of("v-1", "research", null);

    private final GuardedPageAssembler assembler = new GuardedPageAssembler(new RulesStrategy());

    private static SurfaceGuardrails capOf(int max, String window) {
        Policy policy =
                new Policy(
                        "home",
                        1L,
                        List.of(
                                new FrequencyCap(
                                        "promo-cap",
                                        List.of(),
                                        java.util.Optional.empty(),
                                        CapSubject.VARIANT,
                                        "promo",
                                        max,
                                        Window.valueOf(window))));
        return CompiledPolicy.compile(policy, FieldCatalog.defaults()).on(SURFACE);
    }

    private String served(ImpressionCounters counters, SurfaceGuardrails guardrails) {
        return counters.assembleAndRecord(
                        "v-1",
                        history ->
                                assembler.assemble(guardrails, VISITOR, history, UUID.randomUUID()))
                .page()
                .slots()
                .get(0)
                .variant();
    }

    @Test
    void aCapOfTwoASessionServesTwiceThenTheDefaultUntilTheSessionEnds() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
        ImpressionCounters counters =
                new ImpressionCounters(new ConcurrentHashMap<>(), SESSION, clock);
        SurfaceGuardrails guardrails = capOf(2, "SESSION");

        assertThat(served(counters, guardrails)).isEqualTo("promo");
        clock.advance(Duration.ofMinutes(20));
        assertThat(served(counters, guardrails)).isEqualTo("promo");
        clock.advance(Duration.ofMinutes(20));
        assertThat(served(counters, guardrails)).isEqualTo("none");
        clock.advance(Duration.ofMinutes(31));
        assertThat(served(counters, guardrails)).isEqualTo("promo");
    }

    @Test
    void aStricterCapMidSessionServesTheDefaultInsteadOfFailing() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
        ImpressionCounters counters =
                new ImpressionCounters(new ConcurrentHashMap<>(), SESSION, clock);

        assertThat(served(counters, capOf(5, "SESSION"))).isEqualTo("promo");
        assertThat(served(counters, capOf(5, "SESSION"))).isEqualTo("promo");
        // a policy with a cap of one is activated while the visitor's session goes on
        assertThat(served(counters, capOf(1, "SESSION"))).isEqualTo("none");
        assertThat(served(counters, capOf(1, "SESSION"))).isEqualTo("none");
    }

    @Test
    void aDayIsTheLast24Hours() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
        ImpressionCounters counters =
                new ImpressionCounters(new ConcurrentHashMap<>(), SESSION, clock);
        SurfaceGuardrails guardrails = capOf(1, "DAY");

        assertThat(served(counters, guardrails)).isEqualTo("promo");
        clock.advance(Duration.ofHours(23));
        assertThat(served(counters, guardrails)).isEqualTo("none");
        clock.advance(Duration.ofHours(2));
        assertThat(served(counters, guardrails)).isEqualTo("promo");
    }

    @Test
    void concurrentRequestsNeverTakeMoreThanTheCap() throws Exception {
        ImpressionCounters counters =
                new ImpressionCounters(new ConcurrentHashMap<>(), SESSION, Clock.systemUTC());
        SurfaceGuardrails guardrails = capOf(1, "DAY");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            calls.add(() -> {
                start.await();
                return served(counters, guardrails);
            });
        }
        List<Future<String>> futures = new ArrayList<>();
        for (Callable<String> call : calls) {
            futures.add(pool.submit(call));
        }
        start.countDown();
        List<String> served = new ArrayList<>();
        for (Future<String> f : futures) {
            served.add(f.get());
        }
        pool.shutdown();

        assertThat(served).filteredOn("promo"::equals).hasSize(1);
        assertThat(served).hasSize(64);
    }

    @Test
    void aLostSwapAssemblesAgainAgainstTheNewCounts() {
        ConcurrentHashMap<String, String> store = new ConcurrentHashMap<>();
        AtomicInteger attempts = new AtomicInteger();
        ImpressionCounters rival = new ImpressionCounters(store, SESSION, Clock.systemUTC());
        ImpressionCounters counters = new ImpressionCounters(store, SESSION, Clock.systemUTC());
        SurfaceGuardrails guardrails = capOf(1, "DAY");

        String served =
                counters.assembleAndRecord(
                                "v-1",
                                history -> {
                                    if (attempts.getAndIncrement() == 0) {
                                        // another node takes the last impression meanwhile
                                        assertThat(served(rival, guardrails)).isEqualTo("promo");
                                    }
                                    return assembler.assemble(
                                            guardrails, VISITOR, history, UUID.randomUUID());
                                })
                        .page()
                        .slots()
                        .get(0)
                        .variant();

        assertThat(served).isEqualTo("none");
        assertThat(attempts.get()).isEqualTo(2);
    }

    @Test
    void aKeyThatNeverSettlesIsRefusedRatherThanSpunOn() {
        ConcurrentMap<String, String> flapping =
                new ConcurrentHashMap<>() {
                    @Override
                    public boolean replace(String key, String oldValue, String newValue) {
                        return false;
                    }

                    @Override
                    public String putIfAbsent(String key, String value) {
                        return "taken";
                    }
                };
        ImpressionCounters counters = new ImpressionCounters(flapping, SESSION, Clock.systemUTC());

        assertThatThrownBy(() -> served(counters, capOf(1, "DAY")))
                .isInstanceOf(ImpressionCounters.CountersBusyException.class);
    }

    @Test
    void aLogRoundTripsThroughJson() {
        ImpressionLog log =
                ImpressionLog.EMPTY.record(
                        List.of(Counter.variant("promo"), Counter.offerType("discount")),
                        1_000_000L,
                        SESSION);
        String json = io.pagewright.platform.Json.DOCUMENTS.writeValueAsString(log);

        assertThat(io.pagewright.platform.Json.DOCUMENTS.readValue(json, ImpressionLog.class))
                .isEqualTo(log);
        assertThat(log.counters()).containsEntry("VARIANT:promo", List.of(1_000_000L));
        assertThat(Map.copyOf(log.counters())).hasSize(2);
    }
}
