package io.pagewright.profile;

import io.pagewright.content.Violation;
import io.pagewright.decision.Visitor;
import io.pagewright.event.AcceptanceWindow;
import io.pagewright.event.BatchValidation;
import io.pagewright.event.EventBatch;
import io.pagewright.event.EventLog;
import io.pagewright.event.EventRejection;
import io.pagewright.event.EventValidator;
import io.pagewright.event.IdentityKey;
import io.pagewright.event.IdentityKind;
import io.pagewright.platform.ValidationProblem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The observe side in the server: validates event batches, ingests the accepted events into
 * profiles in one transaction, and turns a visitor's profile into the decision engine's visitor.
 */
@ApplicationScoped
public class ObserveService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject ProfileStore profiles;
    @Inject EventLog events;
    @Inject IdentityLog identities;
    @Inject Validator validator;

    private EventValidator eventValidator;
    private EventIngestion ingestion;
    private final VisitorProjection projection = new VisitorProjection(DerivationRules.DEFAULT);

    /** What a batch did: events accepted, how many were new (not resends), and those refused. */
    public record Receipt(
            int accepted, int newEvents, List<EventRejection> rejected, List<ProfileId> profiles) {}

    @PostConstruct
    void create() {
        Clock clock = Clock.systemUTC();
        eventValidator = new EventValidator(validator, AcceptanceWindow.DEFAULT, clock);
        ingestion =
                new EventIngestion(
                        profiles,
                        events,
                        identities,
                        new Profiler(ProfileSettings.DEFAULT),
                        AcceptanceWindow.DEFAULT,
                        clock,
                        ObserveService::newProfileId);
    }

    /**
     * Accepts the valid events of a batch (each invalid one is refused whole and reported by index)
     * and folds them into profiles before answering, so they are durable and visible to the next
     * resolve. A batch with no valid event is a 400.
     */
    @Transactional
    public Receipt ingest(EventBatch batch) {
        BatchValidation validation = eventValidator.validate(batch);
        if (validation.accepted().isEmpty()) {
            throw new ValidationProblem(
                    validation.errors().stream()
                            .map(e -> new Violation(e.field(), e.message()))
                            .toList());
        }
        IngestionReceipt receipt = ingestion.ingest(validation.accepted());
        return new Receipt(
                validation.accepted().size(),
                receipt.newEvents(),
                validation.rejected(),
                receipt.profiles());
    }

    /** The profile an identifier leads to. */
    public Optional<Profile> profileOf(IdentityKind kind, String value) {
        return profiles.findByIdentities(Set.of(new IdentityKey(kind, value))).stream()
                .findFirst()
                .map(StoredProfile::profile);
    }

    /**
     * The visitor for a resolve: from the profile of the user or anonymous id when there is one.
     */
    public Visitor visitor(String visitorId, String userId, RequestContext context) {
        Optional<Profile> profile =
                Optional.ofNullable(userId)
                        .flatMap(u -> profileOf(IdentityKind.USER, u))
                        .or(() -> profileOf(IdentityKind.ANONYMOUS, visitorId));
        return profile.map(p -> projection.visitor(p, context))
                .orElseGet(() -> projection.unknown(visitorId, context));
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
}
