package io.pagewright.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pagewright.content.StoredSurface;
import io.pagewright.content.SurfaceDefinition;
import io.pagewright.content.SurfaceStore;
import io.pagewright.content.SurfaceSummary;
import io.pagewright.content.VersionSummary;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.platform.FieldError;
import io.pagewright.platform.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The publish-time check in both directions, over hand-written in-memory stores (the 409 it turns
 * into is covered by PoliciesIT: building a problem needs the JAX-RS runtime).
 */
class PolicyGateTest {

    private static final String SURFACE =
            """
            {"key": "shop", "name": "Shop", "channel": "web", "slots": [
              {"key": "hero", "name": "Hero", "defaultVariant": "wine", "variants": [
                {"key": "wine", "name": "Wine", "componentType": "hero-banner",
                 "content": {"headline": "Wine"}, "tags": {"categories": ["alcohol"]}},
                {"key": "tea", "name": "Tea", "componentType": "hero-banner",
                 "content": {"headline": "Tea"}}]}]}
            """;

    private static final Policy MINORS =
            policy(
                    """
                    {"key": "shop", "version": 1, "rules": [
                      {"type": "discount-cap", "id": "cap", "maxPercent": 15},
                      {"type": "exclusion", "id": "minors", "when": "ageBand == \\"under-18\\"",
                       "exclude": {"categories": ["alcohol"]}}]}
                    """);

    private static final Policy CAPPED =
            policy(
                    """
                    {"key": "shop", "version": 1, "rules": [
                      {"type": "frequency-cap", "id": "wine-once", "subject": "variant",
                       "key": "wine", "max": 1, "window": "day"}]}
                    """);

    private final FakePolicies policies = new FakePolicies();
    private final PolicyGate gate = new PolicyGate();

    PolicyGateTest() {
        gate.policies = policies;
        gate.surfaces = new PublishedShop();
    }

    @Test
    void activatingAPolicyThatRemovesAPublishedDefaultForASegmentIsRefused() {
        CompiledPolicy policy = CompiledPolicy.compile(MINORS, PolicyCatalog.FIELDS);

        PolicyGate.Check check = gate.checkActivation(policy);

        assertThat(check.refusals()).extracting(FieldError::field).containsExactly("rules[1]");
        assertThat(check.refusals().get(0).message())
                .contains("'wine'", "'hero'", "under-18", "'minors'");
        assertThat(check.detail()).contains("shop@1");
    }

    @Test
    void publishingASurfaceWhoseDefaultBreaksTheActivePolicyIsRefused() {
        policies.active = Optional.of(MINORS);
        PublishedSurface surface = PublishedSurface.of(definition());

        assertThat(gate.checkPublish(surface).refusals())
                .extracting(FieldError::field)
                .containsExactly("slots[0].defaultVariant");
    }

    @Test
    void aDefaultRemovedOnlyOnceALimitIsReachedIsAWarningNotARefusal() {
        List<DefaultConflict> warnings =
                gate.requireDefaultsCompatible(
                        CompiledPolicy.compile(CAPPED, PolicyCatalog.FIELDS));

        assertThat(warnings)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.ruleId()).isEqualTo("wine-once");
                    assertThat(c.certainty()).isEqualTo(DefaultConflict.Certainty.HISTORY);
                });
    }

    @Test
    void withoutAnActivePolicyOrAPublishedSurfaceThereIsNothingToCheck() {
        assertThat(gate.requireDefaultsCompatible(PublishedSurface.of(definition()))).isEmpty();

        gate.surfaces = new PublishedShop(Optional.empty());
        assertThat(
                        gate.requireDefaultsCompatible(
                                CompiledPolicy.compile(MINORS, PolicyCatalog.FIELDS)))
                .isEmpty();
    }

    private static Policy policy(String json) {
        return Json.MAPPER.readValue(json, Policy.class);
    }

    private static SurfaceDefinition definition() {
        return Json.MAPPER.readValue(SURFACE, SurfaceDefinition.class);
    }

    /**
     * A policy store holding one policy, "shop", active in version 1 when {@link #active} is set.
     */
    private static final class FakePolicies implements PolicyStore {
        Optional<Policy> active = Optional.empty();

        private Optional<StoredPolicy> stored() {
            return active.map(p ->
                    new StoredPolicy(
                            p,
                            1,
                            Instant.EPOCH,
                            Instant.EPOCH,
                            null,
                            Optional.of(1L),
                            Optional.of(Instant.EPOCH)));
        }

        @Override
        public StoredPolicy create(Policy document, String comment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StoredPolicy> update(
                String key, long expected, Policy document, String comment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StoredPolicy> find(String key) {
            return key.equals("shop") ? stored() : Optional.empty();
        }

        @Override
        public Optional<StoredPolicy> findForUpdate(String key) {
            return find(key);
        }

        @Override
        public Optional<StoredPolicy> findVersion(String key, long version) {
            return version == 1 ? find(key) : Optional.empty();
        }

        @Override
        public List<PolicyVersionSummary> versions(String key) {
            return List.of();
        }

        @Override
        public List<PolicySummary> list() {
            return List.of();
        }

        @Override
        public void activate(String key, long version, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Policy> active() {
            return active.map(List::of).orElse(List.of());
        }
    }

    /** A surface store with the surface "shop", published in version 1 unless told otherwise. */
    private static final class PublishedShop implements SurfaceStore {
        private final Optional<Long> published;

        PublishedShop() {
            this(Optional.of(1L));
        }

        PublishedShop(Optional<Long> published) {
            this.published = published;
        }

        @Override
        public StoredSurface create(SurfaceDefinition definition, String comment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StoredSurface> update(
                String key, long expected, SurfaceDefinition definition, String comment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<StoredSurface> find(String key) {
            return key.equals("shop")
                    ? Optional.of(
                            new StoredSurface(
                                    definition(),
                                    1,
                                    Instant.EPOCH,
                                    Instant.EPOCH,
                                    null,
                                    published.map(v -> Instant.EPOCH),
                                    published))
                    : Optional.empty();
        }

        @Override
        public Optional<StoredSurface> findVersion(String key, long version) {
            return version == 1 ? find(key) : Optional.empty();
        }

        @Override
        public List<VersionSummary> versions(String key) {
            return new ArrayList<>();
        }

        @Override
        public List<SurfaceSummary> list() {
            return List.of();
        }

        @Override
        public boolean delete(String key, long expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void markPublished(String key, long version, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void markUnpublished(String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Long> publishedVersion(String key) {
            return key.equals("shop") ? published : Optional.empty();
        }

        @Override
        public java.util.Set<String> authors(String key, long afterVersion, long upToVersion) {
            return java.util.Set.of();
        }
    }
}
