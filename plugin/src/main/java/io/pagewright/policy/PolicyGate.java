package io.pagewright.policy;

import io.pagewright.content.SurfaceStore;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.platform.ConflictProblem;
import io.pagewright.platform.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The publish-time check between surfaces and policies: a slot default that a policy removes for a
 * whole segment ({@link DefaultConflict.Certainty#SEGMENT}) would leave the slot out of the page,
 * so publishing such a surface, or activating such a policy, is refused with 409 {@code
 * policy-default-conflict}. A policy governs the surface with the same key.
 */
@ApplicationScoped
public class PolicyGate {

    @Inject PolicyStore policies;
    @Inject SurfaceStore surfaces;

    /**
     * Call before publishing {@code surface}: refuses it if its defaults break the active policy of
     * the same key for a whole segment; returns the conflicts that only happen once a limit is
     * reached or depending on other slots.
     */
    public List<DefaultConflict> requireDefaultsCompatible(PublishedSurface surface) {
        return checkPublish(surface).orThrow();
    }

    /**
     * Call before activating {@code policy}: refuses it if a default of the published surface of
     * the same key breaks it for a whole segment.
     */
    List<DefaultConflict> requireDefaultsCompatible(CompiledPolicy policy) {
        return checkActivation(policy).orThrow();
    }

    Check checkPublish(PublishedSurface surface) {
        Optional<CompiledPolicy> active =
                policies.findForUpdate(surface.key())
                        .flatMap(p -> p.activeVersion())
                        .flatMap(v -> policies.findVersion(surface.key(), v))
                        .map(p -> PolicyService.compile(p.document()));
        if (active.isEmpty()) {
            return Check.NOTHING;
        }
        return Check.of(
                DefaultsCheck.check(active.get(), surface),
                c -> "slots[" + slotIndex(surface, c.slot()) + "].defaultVariant",
                "Surface '"
                        + surface.key()
                        + "' cannot be published: a default variant breaks the active policy "
                        + active.get().version()
                        + ".");
    }

    Check checkActivation(CompiledPolicy policy) {
        Optional<PublishedSurface> surface = published(policy.version().key());
        if (surface.isEmpty()) {
            return Check.NOTHING;
        }
        List<Rule> rules = policy.document().rules();
        return Check.of(
                DefaultsCheck.check(policy, surface.get()),
                c -> "rules[" + ruleIndex(rules, c.ruleId()) + "]",
                "Policy "
                        + policy.version()
                        + " cannot be activated: a default variant of the published surface '"
                        + surface.get().key()
                        + "' breaks it.");
    }

    /**
     * What the check found: every conflict, and the errors that refuse the change (one per conflict
     * of certainty {@code SEGMENT}, with the path of the offending part of the document).
     */
    record Check(List<DefaultConflict> conflicts, List<FieldError> refusals, String detail) {
        static final Check NOTHING = new Check(List.of(), List.of(), "");

        static Check of(
                List<DefaultConflict> conflicts,
                Function<DefaultConflict, String> path,
                String detail) {
            List<FieldError> refusals =
                    conflicts.stream()
                            .filter(c -> c.certainty() == DefaultConflict.Certainty.SEGMENT)
                            .map(c ->
                                    new FieldError(
                                            path.apply(c),
                                            c.message() + " (rule '" + c.ruleId() + "')"))
                            .toList();
            return new Check(conflicts, refusals, detail);
        }

        List<DefaultConflict> orThrow() {
            if (!refusals.isEmpty()) {
                throw new ConflictProblem(
                        "policy-default-conflict",
                        "A default variant breaks a policy",
                        detail,
                        refusals);
            }
            return conflicts;
        }
    }

    /** The published snapshot of the surface with this key, from the database. */
    public Optional<PublishedSurface> published(String surfaceKey) {
        return surfaces.publishedVersion(surfaceKey)
                .flatMap(v -> surfaces.findVersion(surfaceKey, v))
                .map(s -> PublishedSurface.of(s.definition()));
    }

    private static int slotIndex(PublishedSurface surface, String slot) {
        for (int i = 0; i < surface.slots().size(); i++) {
            if (surface.slots().get(i).key().equals(slot)) {
                return i;
            }
        }
        return -1;
    }

    private static int ruleIndex(List<Rule> rules, String ruleId) {
        for (int i = 0; i < rules.size(); i++) {
            if (ruleId.equals(rules.get(i).id())) {
                return i;
            }
        }
        return -1;
    }
}
