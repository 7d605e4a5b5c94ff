package io.pagewright.benchmarks.profile;

import io.pagewright.decision.Visitor;
import io.pagewright.event.AddToCart;
import io.pagewright.event.Consent;
import io.pagewright.event.ConsentStatus;
import io.pagewright.event.Event;
import io.pagewright.event.FeatureUsed;
import io.pagewright.event.Identity;
import io.pagewright.event.LineItem;
import io.pagewright.event.Money;
import io.pagewright.event.ProductView;
import io.pagewright.event.Purchase;
import io.pagewright.event.Signup;
import io.pagewright.profile.DerivationRules;
import io.pagewright.profile.Profile;
import io.pagewright.profile.ProfileId;
import io.pagewright.profile.ProfileSettings;
import io.pagewright.profile.Profiler;
import io.pagewright.profile.RequestContext;
import io.pagewright.profile.VisitorProjection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The two profile hot paths: folding one new event into a busy profile (ingestion) and projecting a
 * profile onto the decision {@link Visitor} (every resolve). The profile holds a week of activity:
 * 500 events over 12 categories, 40 products, purchases, a signup and feature use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProfileBenchmark {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final Identity VISITOR = Identity.anonymous("c-bench");

    private final Profiler profiler = new Profiler(ProfileSettings.DEFAULT);
    private final VisitorProjection projection = new VisitorProjection(DerivationRules.DEFAULT);
    private Profile profile;
    private Event[] nextEvents;
    private final List<List<Event>> batches = new ArrayList<>();
    private int next;
    private RequestContext request;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(11);
        List<Event> history = new ArrayList<>();
        history.add(
                new Consent("g", START, VISITOR, null, "personalization", ConsentStatus.GRANTED));
        history.add(new Signup("s", START, VISITOR, null, "pro", 12, "35-44", "en", "emea"));
        for (int i = 0; i < 500; i++) {
            history.add(event(random, "h-" + i, START.plusSeconds(random.nextLong(7 * 86_400))));
        }
        profile = profiler.record(Profile.empty(ProfileId.of("p-bench")), history);
        nextEvents = new Event[1024];
        Instant later = START.plus(Duration.ofDays(7));
        for (int i = 0; i < nextEvents.length; i++) {
            nextEvents[i] = event(random, "n-" + i, later.plusSeconds(i));
        }
        for (int from = 0; from < nextEvents.length; from += 32) {
            batches.add(List.of(nextEvents).subList(from, from + 20));
        }
        request =
                new RequestContext(
                        later.plusSeconds(600), "mobile", "emea", "email", "en", "evening");
    }

    @Benchmark
    public Profile foldOneEvent() {
        Event event = nextEvents[next++ & (nextEvents.length - 1)];
        return profiler.record(profile, event);
    }

    /** A typical request's batch: the per-batch work (copying the seen ids) is paid once. */
    @Benchmark
    public Profile foldBatchOfTwenty() {
        int from = next & (nextEvents.length - 1) & ~31;
        next += 32;
        return profiler.record(profile, batches.get(from / 32));
    }

    @Benchmark
    public Visitor profileToVisitor() {
        return projection.visitor(profile, request);
    }

    private static Event event(SplittableRandom random, String id, Instant at) {
        String product = "p-" + random.nextInt(40);
        String category = "c-" + random.nextInt(12);
        return switch (random.nextInt(10)) {
            case 0 -> new AddToCart(id, at, VISITOR, null, product, category, 1, null);
            case 1 -> new FeatureUsed(id, at, VISITOR, null, "f-" + random.nextInt(8));
            case 2 -> {
                Money value = Money.of("49.90", "EUR");
                yield new Purchase(
                        id,
                        at,
                        VISITOR,
                        null,
                        "o-" + id,
                        value,
                        List.of(new LineItem(product, category, 1, value)));
            }
            default -> new ProductView(id, at, VISITOR, null, product, category, null);
        };
    }
}
