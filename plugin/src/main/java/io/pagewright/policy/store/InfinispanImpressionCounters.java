package io.pagewright.policy.store;

import io.pagewright.platform.ServiceUnavailableProblem;
import io.pagewright.policy.GuardedPage;
import io.pagewright.policy.ImpressionCounters;
import io.pagewright.policy.ImpressionHistory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The visitors' impression counters in WildFly's Infinispan cache {@code pagewright/impressions}
 * (configured by the build's CLI script: a local cache with a one-week idle expiry; make it a
 * distributed or replicated cache to share counters across nodes, see ADR 5). The cache is used
 * through {@link ConcurrentMap}, whose conditional writes Infinispan implements atomically, so the
 * WAR needs no Infinispan classes.
 */
@ApplicationScoped
public class InfinispanImpressionCounters {

    static final String CACHE = "java:jboss/infinispan/cache/pagewright/impressions";

    @Resource(lookup = CACHE)
    ConcurrentMap<String, String> cache;

    @Inject
    @ConfigProperty(name = "pagewright.policy.session-timeout-minutes", defaultValue = "30")
    long sessionTimeoutMinutes;

    private ImpressionCounters counters;

    @PostConstruct
    void init() {
        counters =
                new ImpressionCounters(
                        cache, Duration.ofMinutes(sessionTimeoutMinutes), Clock.systemUTC());
    }

    /** See {@link ImpressionCounters#assembleAndRecord}; 503 if the counters stay contended. */
    public GuardedPage assembleAndRecord(
            String visitorKey, Function<ImpressionHistory, GuardedPage> assemble) {
        try {
            return counters.assembleAndRecord(visitorKey, assemble);
        } catch (ImpressionCounters.CountersBusyException e) {
            throw new ServiceUnavailableProblem(
                    "counters-busy",
                    "Too many concurrent requests for one visitor",
                    "The visitor's impression counters kept changing; retry the request.");
        }
    }
}
