package io.pagewright.publishing;

import io.pagewright.audit.AuditTrail;
import io.pagewright.platform.ConflictProblem;
import io.pagewright.policy.Activation;
import io.pagewright.policy.PolicyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Policies in the workflow: every policy change is high impact (it changes what the engine may
 * show), so a strategy owner approves it; publishing makes the version the active one.
 */
@ApplicationScoped
public class PolicyPublishing implements Publishable {

    static final Impact ALWAYS_HIGH =
            new Impact(List.of("policy: changes the guardrails every page is assembled under"));

    @Inject PolicyService policies;
    @Inject AuditTrail audit;

    @Override
    public ContentKind kind() {
        return ContentKind.POLICY;
    }

    @Override
    public long latestVersion(String key) {
        return policies.get(key).version();
    }

    @Override
    public Object document(String key, long version) {
        return policies.document(key, version);
    }

    @Override
    public Optional<Long> publishedVersion(String key) {
        return policies.activeVersion(key);
    }

    @Override
    public Set<String> authors(String key, long afterVersion, long upToVersion) {
        return audit.authors("policy", key, afterVersion, upToVersion);
    }

    @Override
    public Impact impact(String key, long version) {
        return ALWAYS_HIGH;
    }

    @Override
    public void publish(String key, long version, Instant at) {
        Activation activation = policies.publish(key, version);
        if (!activation.warnings().isEmpty()) {
            // Conflicts that only happen sometimes do not block; they stay on record.
            audit.record(
                    "activation-warnings",
                    "policy",
                    key,
                    version,
                    activation.warnings().size() + " slot default(s) can be removed by this policy",
                    null,
                    activation.warnings());
        }
    }

    @Override
    public void unpublish(String key) {
        throw new ConflictProblem(
                "policy-cannot-be-archived",
                "A policy stays active until another version replaces it",
                "Publish a version of policy '"
                        + key
                        + "' without the rules you want gone, or"
                        + " roll back to an earlier one.");
    }

    @Override
    public long copyAsNewVersion(String key, long version, String comment) {
        return policies.update(key, latestVersion(key), policies.document(key, version), comment)
                .version();
    }
}
