package io.pagewright.policy;

import io.pagewright.decision.PublishedSurface;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The active policies as the engine reads them: an immutable in-memory snapshot, compiled once and
 * replaced as a whole, so a resolve sees either the old or the new set, never half a change. It is
 * rebuilt right after a transaction that activated a version commits on this node, and every few
 * seconds from the database (which is how other nodes of a cluster learn of a change).
 */
@ApplicationScoped
public class ActivePolicies {

    private static final Logger LOG = Logger.getLogger(ActivePolicies.class.getName());
    private static final long POLL_SECONDS = 5;
    private static final int MAX_PREPARED = 256;

    @Inject PolicyStore store;
    @Resource ManagedScheduledExecutorService scheduler;

    private volatile Snapshot snapshot;
    private final Map<PublishedSurface, SurfaceGuardrails> unguarded = new ConcurrentHashMap<>();
    private volatile boolean stale;
    private ScheduledFuture<?> poller;

    /** The active policy with this key (a surface's own, or {@code global}), if one is active. */
    public Optional<CompiledPolicy> active(String key) {
        return Optional.ofNullable(current().policies.get(key));
    }

    /**
     * What governs the surface with this key: its own active policy under the active {@code global}
     * one, either alone, or empty when neither is active.
     */
    public Optional<CompiledPolicy> forSurface(String surfaceKey) {
        return combine(current(), surfaceKey);
    }

    /**
     * The policies governing this published snapshot of a surface, prepared for it; cached per
     * snapshot, so that a request only combines precomputed sets. Empty when no policy governs it.
     */
    public Optional<SurfaceGuardrails> guardrails(PublishedSurface surface) {
        Snapshot now = current();
        SurfaceGuardrails prepared = now.prepared.get(surface);
        if (prepared != null) {
            return Optional.of(prepared);
        }
        Optional<CompiledPolicy> policy = combine(now, surface.key());
        if (policy.isEmpty()) {
            return Optional.empty();
        }
        if (now.prepared.size() > MAX_PREPARED) {
            now.prepared.clear();
        }
        return Optional.of(now.prepared.computeIfAbsent(surface, policy.get()::on));
    }

    /**
     * Guardrails without any rule for a surface no policy governs, prepared once per published
     * snapshot rather than compiled for every request.
     */
    public SurfaceGuardrails none(PublishedSurface surface) {
        if (unguarded.size() > MAX_PREPARED) {
            unguarded.clear();
        }
        return unguarded.computeIfAbsent(surface, s -> CompiledPolicy.empty(s.key(), 1).on(s));
    }

    /** A surface's own policy under the global one, as far as they are active. */
    static Optional<CompiledPolicy> combine(
            Optional<CompiledPolicy> own, Optional<CompiledPolicy> global) {
        if (own.isPresent() && global.isPresent()) {
            return Optional.of(own.get().under(global.get()));
        }
        return own.isPresent() ? own : global;
    }

    private static Optional<CompiledPolicy> combine(Snapshot snapshot, String surfaceKey) {
        if (snapshot.governing.size() > MAX_PREPARED) {
            snapshot.governing.clear();
        }
        return snapshot.governing.computeIfAbsent(
                surfaceKey, key -> governing(snapshot.policies, key));
    }

    private static Optional<CompiledPolicy> governing(
            Map<String, CompiledPolicy> policies, String surfaceKey) {
        Optional<CompiledPolicy> own = Optional.ofNullable(policies.get(surfaceKey));
        if (surfaceKey.equals(CompiledPolicy.GLOBAL)) {
            return own;
        }
        return combine(own, Optional.ofNullable(policies.get(CompiledPolicy.GLOBAL)));
    }

    /**
     * Marks the snapshot stale after a commit that activated a policy version on this node; the
     * next read reloads it before answering. Not reloaded here: this thread still carries the
     * completed transaction, in which the store cannot read, and handing the work to a managed
     * executor would carry that transaction over to the executor's thread.
     */
    void activated(@Observes(during = TransactionPhase.AFTER_SUCCESS) PolicyActivated event) {
        stale = true;
    }

    /** Reads the active versions from the database and replaces the snapshot if they changed. */
    public synchronized void refresh() {
        Snapshot before = snapshot;
        Map<String, CompiledPolicy> policies = new LinkedHashMap<>();
        for (Policy document : store.active()) {
            CompiledPolicy known = before == null ? null : before.policies.get(document.key());
            if (known != null && known.version().version() == document.version()) {
                policies.put(document.key(), known);
                continue;
            }
            try {
                policies.put(
                        document.key(), CompiledPolicy.compile(document, PolicyCatalog.FIELDS));
            } catch (InvalidPolicyException e) {
                // Valid when saved; only a narrower field catalog could make it invalid later.
                LOG.log(Level.SEVERE, "Active policy " + document.key() + " no longer compiles", e);
                if (known != null) {
                    policies.put(document.key(), known);
                }
            }
        }
        if (before == null || !versions(before.policies).equals(versions(policies))) {
            snapshot = new Snapshot(Map.copyOf(policies));
        }
    }

    private Snapshot current() {
        Snapshot now = snapshot;
        if (now == null || stale) {
            synchronized (this) {
                if (snapshot == null || stale) {
                    stale = false;
                    refresh();
                    startPolling();
                }
                now = snapshot;
            }
        }
        return now;
    }

    private void startPolling() {
        if (poller == null && scheduler != null) {
            poller =
                    scheduler.scheduleWithFixedDelay(
                            this::poll, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not reload the active policies; keeping the last ones",
                    e);
        }
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.cancel(false);
        }
    }

    private static Map<String, Long> versions(Map<String, CompiledPolicy> policies) {
        Map<String, Long> versions = new LinkedHashMap<>();
        policies.forEach((k, p) -> versions.put(k, p.version().version()));
        return versions;
    }

    /**
     * One consistent set of compiled policies, with what governs each surface key and guardrails
     * prepared for published surfaces, both filled on first use.
     */
    private record Snapshot(
            Map<String, CompiledPolicy> policies,
            Map<String, Optional<CompiledPolicy>> governing,
            Map<PublishedSurface, SurfaceGuardrails> prepared) {
        Snapshot(Map<String, CompiledPolicy> policies) {
            this(policies, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    /** For tests and the list: which versions are active in the snapshot. */
    List<PolicyVersion> activeVersions() {
        return current().policies.values().stream().map(CompiledPolicy::version).toList();
    }
}
