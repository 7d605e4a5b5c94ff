package io.pagewright.policy;

import io.pagewright.audit.AuditTrail;
import io.pagewright.content.StaleVersionException;
import io.pagewright.content.Violation;
import io.pagewright.platform.ConflictProblem;
import io.pagewright.platform.FieldError;
import io.pagewright.platform.NotFoundProblem;
import io.pagewright.platform.StaleVersionProblem;
import io.pagewright.platform.ValidationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Creating, changing and versioning policy documents, and making a version the active one. The
 * approval workflow calls {@link #publish(String, long)} once a strategy owner approved a version;
 * it reads {@link #document(String, long)} and {@link #activeVersion(String)}.
 */
@ApplicationScoped
public class PolicyService {

    @Inject PolicyStore store;
    @Inject PolicyGate gate;
    @Inject Event<PolicyActivated> activated;
    @Inject AuditTrail audit;

    @Transactional
    public StoredPolicy create(
            @NotNull(message = "a policy document is required") Policy document,
            @Size(max = 1000) String comment) {
        Policy versioned = requireValid(new Policy(document.key(), 1L, document.rules()));
        try {
            StoredPolicy created = store.create(versioned, comment);
            audit.record(
                    "created",
                    "policy",
                    versioned.key(),
                    created.version(),
                    comment,
                    null,
                    versioned);
            return created;
        } catch (PolicyExistsException e) {
            throw new ConflictProblem(
                    "policy-exists",
                    "A policy with this key exists",
                    e.getMessage(),
                    List.of(new FieldError("key", "is already used by another policy")));
        }
    }

    /** Writes a new version, if {@code expectedVersion} is still the current one. */
    @Transactional
    public StoredPolicy update(
            String key,
            long expectedVersion,
            @NotNull(message = "a policy document is required") Policy document,
            @Size(max = 1000) String comment) {
        if (!key.equals(document.key())) {
            throw new ValidationProblem(
                    List.of(
                            new Violation(
                                    "key", "must be '" + key + "': a policy's key cannot change")));
        }
        Policy versioned = requireValid(new Policy(key, expectedVersion + 1, document.rules()));
        try {
            StoredPolicy updated =
                    store.update(key, expectedVersion, versioned, comment)
                            .orElseThrow(() -> unknownPolicy(key));
            audit.record(
                    "changed",
                    "policy",
                    key,
                    updated.version(),
                    comment,
                    store.findVersion(key, expectedVersion)
                            .map(StoredPolicy::document)
                            .orElse(null),
                    versioned);
            return updated;
        } catch (StaleVersionException e) {
            throw new StaleVersionProblem(e);
        }
    }

    /**
     * Makes {@code version} of the policy the active one (called by the publishing workflow once a
     * strategy owner approved it), enforced on every resolve of the surface with the same key from
     * the moment the transaction commits. Refused (409 {@code policy-default-conflict}) if a
     * default of the published surface would break it for a whole segment.
     */
    @Transactional
    public Activation publish(String key, long version) {
        store.findForUpdate(key).orElseThrow(() -> unknownPolicy(key)); // see PolicyGate
        StoredPolicy stored = version(key, version);
        CompiledPolicy compiled = compile(stored.document());
        List<DefaultConflict> warnings = gate.requireDefaultsCompatible(compiled);
        store.activate(key, version, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        activated.fire(new PolicyActivated(key, version));
        return new Activation(version(key, version), warnings);
    }

    /** The document of one version, as the workflow shows it to an approver. */
    public Policy document(String key, long version) {
        return version(key, version).document();
    }

    /** The version the engine enforces, if any. */
    public Optional<Long> activeVersion(String key) {
        return get(key).activeVersion();
    }

    public List<PolicySummary> list() {
        return store.list();
    }

    public StoredPolicy get(String key) {
        return store.find(key).orElseThrow(() -> unknownPolicy(key));
    }

    public StoredPolicy version(String key, long version) {
        get(key);
        return store.findVersion(key, version)
                .orElseThrow(() ->
                        new NotFoundProblem(
                                "version-not-found",
                                "No such version",
                                "Policy '" + key + "' has no version " + version + "."));
    }

    public List<PolicyVersionSummary> versions(String key) {
        get(key);
        return store.versions(key);
    }

    /** A request body that is present; a 400 problem otherwise. */
    public static Policy requireDocument(Policy document) {
        if (document == null) {
            throw new ValidationProblem(
                    List.of(new Violation("$", "a policy document is required")));
        }
        return document;
    }

    /** The document, checked: a 400 problem with every error and its path otherwise. */
    static Policy requireValid(Policy document) {
        List<PolicyError> errors = new PolicyValidator(PolicyCatalog.FIELDS).validate(document);
        if (!errors.isEmpty()) {
            throw new PolicyValidationProblem(errors);
        }
        return document;
    }

    static CompiledPolicy compile(Policy document) {
        try {
            return CompiledPolicy.compile(document, PolicyCatalog.FIELDS);
        } catch (InvalidPolicyException e) {
            throw new PolicyValidationProblem(e.errors());
        }
    }

    public static NotFoundProblem unknownPolicy(String key) {
        return new NotFoundProblem(
                "policy-not-found", "No such policy", "There is no policy with key '" + key + "'.");
    }
}
