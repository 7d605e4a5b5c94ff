package io.pagewright.profile;

import io.pagewright.content.Violation;
import io.pagewright.decision.Visitor;
import io.pagewright.event.AcceptanceWindow;
import io.pagewright.event.BatchValidation;
import io.pagewright.event.Event;
import io.pagewright.event.EventBatch;
import io.pagewright.event.EventRejection;
import io.pagewright.event.EventValidator;
import io.pagewright.event.IdentityKey;
import io.pagewright.event.IdentityKind;
import io.pagewright.platform.OverloadProblem;
import io.pagewright.platform.ValidationProblem;
import io.pagewright.profile.store.EventJournal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The observe side in the server: validates event batches and appends the accepted events to the
 * durable journal (committed before the 202), under admission control; {@link ProfileFolding} folds
 * them into profiles in the background. Turns a visitor's profile into the decision engine's
 * visitor through a small local cache.
 */
@ApplicationScoped
public class ObserveService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int APPEND_ATTEMPTS = 5;

    @Inject ProfileStore profiles;
    @Inject JournalWrites journal;
    @Inject ValidatorFactory validation;
    @Inject EventSettings settings;
    @Inject EventStats stats;

    private EventValidator eventValidator;
    private GroupCommit<JournalWrites.Appending, List<Event>> appends;
    private IngestGate gate;
    private ProfileCache cache;
    private final VisitorProjection projection = new VisitorProjection(DerivationRules.DEFAULT);

    /**
     * What a batch did: events accepted (durable), how many of them were new and how many were
     * resends of ids already accepted, and the events refused, by index.
     */
    public record Receipt(
            int accepted, int newEvents, int duplicates, List<EventRejection> rejected) {}

    @PostConstruct
    void create() {
        eventValidator =
                new EventValidator(
                        validation
                                .usingContext()
                                .traversableResolver(new EverythingReachable())
                                .getValidator(),
                        AcceptanceWindow.DEFAULT,
                        Clock.systemUTC());
        appends = new GroupCommit<>(journal::appendAll);
        gate =
                new IngestGate(
                        settings.maxConcurrentBatches(),
                        settings.permitWaitMillis(),
                        Duration.ofSeconds(settings.maxFoldLagSeconds()));
        cache =
                new ProfileCache(
                        settings.profileCacheSize(),
                        settings.profileCacheTtlMillis(),
                        System::currentTimeMillis);
    }

    /**
     * Accepts the valid events of a batch (each invalid one is refused whole and reported by index)
     * and commits them to the journal before returning. A batch with no valid event is a 400; a
     * batch the server cannot take now is a 429 or 503 with Retry-After, and nothing of it is kept.
     */
    public Receipt ingest(EventBatch batch) {
        BatchValidation validation = eventValidator.validate(batch);
        stats.rejected(validation.rejected().size());
        if (validation.accepted().isEmpty()) {
            throw new ValidationProblem(
                    validation.errors().stream()
                            .map(e -> new Violation(e.field(), e.message()))
                            .toList());
        }
        IngestGate.Admission admission = gate.admit(Instant.now());
        if (admission.refused().isPresent()) {
            stats.refused();
            IngestGate.Refusal refusal = admission.refusal();
            int status = "ingest-busy".equals(refusal.reason()) ? 429 : 503;
            throw new OverloadProblem(
                    status,
                    refusal.reason(),
                    "Events not accepted now",
                    refusal.detail(),
                    refusal.retryAfterSeconds());
        }
        try (IngestGate.Permit permit = admission.permit()) {
            List<Event> accepted = validation.accepted();
            int fresh = appendWithRetries(accepted);
            stats.accepted(accepted.size(), fresh);
            return new Receipt(
                    accepted.size(), fresh, accepted.size() - fresh, validation.rejected());
        }
    }

    // On H2 a concurrent resend of the same id can fail on the unique key instead of waiting;
    // the retry then sees the other transaction's row and skips it.
    private int appendWithRetries(List<Event> events) {
        for (int attempt = 1; ; attempt++) {
            try {
                return appends.write(new JournalWrites.Appending(events, Instant.now())).size();
            } catch (RuntimeException e) {
                if (attempt == APPEND_ATTEMPTS || !EventJournal.isConcurrentConflict(e)) {
                    throw e;
                }
            }
        }
    }

    /** The profile an identifier leads to, read from the store (not the cache). */
    public Optional<Profile> profileOf(IdentityKind kind, String value) {
        return profileOf(new IdentityKey(kind, value));
    }

    private Optional<Profile> profileOf(IdentityKey key) {
        return profiles.findByIdentities(Set.of(key)).stream()
                .findFirst()
                .map(StoredProfile::profile);
    }

    /**
     * The visitor for a resolve: from the profile of the user or anonymous id when there is one,
     * read through the local cache.
     */
    public Visitor visitor(String visitorId, String userId, RequestContext context) {
        Optional<Profile> profile =
                Optional.ofNullable(userId)
                        .flatMap(u -> cache.get(IdentityKey.user(u), this::profileOf))
                        .or(() -> cache.get(IdentityKey.anonymous(visitorId), this::profileOf));
        return profile.map(p -> projection.visitor(p, context))
                .orElseGet(() -> projection.unknown(visitorId, context));
    }

    /**
     * The visitor as {@link #visitor} gives it, if this node's cache alone can answer (no store
     * read); empty when answering needs the store.
     */
    public Optional<Visitor> cachedVisitor(
            String visitorId, String userId, RequestContext context) {
        if (userId != null) {
            Optional<Optional<Profile>> byUser = cache.peek(IdentityKey.user(userId));
            if (byUser.isEmpty()) {
                return Optional.empty();
            }
            if (byUser.get().isPresent()) {
                return Optional.of(projection.visitor(byUser.get().get(), context));
            }
        }
        return cache.peek(IdentityKey.anonymous(visitorId))
                .map(profile ->
                        profile.map(p -> projection.visitor(p, context))
                                .orElseGet(() -> projection.unknown(visitorId, context)));
    }

    /** The derived visitor attributes (intent, lifecycle stage ...) of a stored profile now. */
    public Optional<Visitor> visitorOf(IdentityKind kind, String value) {
        return profileOf(kind, value)
                .map(p ->
                        projection.visitor(
                                p,
                                new RequestContext(Instant.now(), null, null, null, null, null)));
    }

    /** The admission control, for the consumers (lag) and administrators (intake switch). */
    public IngestGate gate() {
        return gate;
    }

    /** The resolve cache, for invalidation by whoever changes profiles on this node. */
    public ProfileCache cache() {
        return cache;
    }

    /** Time-ordered ids, so the oldest profile survives a merge (see {@link ProfileId}). */
    static ProfileId newProfileId() {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return new ProfileId(
                String.format("%013x", System.currentTimeMillis())
                        + "-"
                        + HexFormat.of().formatHex(random));
    }

    /**
     * Events are records, never JPA entities: the default resolver asks the persistence provider
     * whether every property of every event is loaded, which cost most of the validation time.
     */
    private static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(
                Object bean,
                Path.Node property,
                Class<?> rootBeanType,
                Path pathToProperty,
                ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(
                Object bean,
                Path.Node property,
                Class<?> rootBeanType,
                Path pathToProperty,
                ElementType elementType) {
            return true;
        }
    }

    /** Journal appends, in a transaction of their own that commits before the 202. */
    @ApplicationScoped
    public static class JournalWrites {
        @Inject EventJournal journal;

        /** The events of one request and when it arrived. */
        public record Appending(List<Event> events, Instant receivedAt) {}

        /** Appends the batches in order, in one transaction; returns the new events of each. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public List<List<Event>> appendAll(List<Appending> batches) {
            return batches.stream().map(b -> journal.append(b.events(), b.receivedAt())).toList();
        }
    }
}
