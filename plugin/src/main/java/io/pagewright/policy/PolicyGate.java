package io.pagewright.policy;

import io.pagewright.content.SurfaceStore;
import io.pagewright.decision.PublishedSurface;
import io.pagewright.platform.ConflictProblem;
import io.pagewright.platform.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The publish-time checks between surfaces and policies. A surface is governed by its own policy
 * (same key) and the {@code global} policy. A slot default that one of them removes for a whole
 * segment ({@link DefaultConflict.Certainty#SEGMENT}) would leave the slot out of the page, so
 * publishing such a surface, or activating such a policy, is refused with 409 {@code
 * policy-default-conflict}. A policy whose rule ids repeat those of a policy it is enforced with is
 * refused with 409 {@code policy-rule-id-conflict}, so explanations name one rule.
 */
@ApplicationScoped
public class PolicyGate {

    @Inject PolicyStore policies;
    @Inject SurfaceStore surfaces;

    /**
     * Call before publishing {@code surface}: refuses it if its defaults break its own or the
     * global active policy for a whole segment; returns the conflicts that only happen once a limit
     * is reached or depending on other slots.
     */
    public List<DefaultConflict> requireDefaultsCompatible(PublishedSurface surface) {
        return checkPublish(surface).orThrow();
    }

    /**
     * Call before activating {@code policy}: refuses it if its rule ids repeat those of a policy it
     * would be enforced with, or if a default of a published surface it governs (the one with the
     * same key; every one for {@code global}) breaks it for a whole segment.
     */
    List<DefaultConflict> requireDefaultsCompatible(CompiledPolicy policy) {
        requireDistinctRuleIds(policy);
        return checkActivation(policy).orThrow();
    }

    Check checkPublish(PublishedSurface surface) {
        List<String> keys =
                surface.key().equals(CompiledPolicy.GLOBAL)
                        ? List.of(surface.key())
                        : List.of(surface.key(), CompiledPolicy.GLOBAL);
        Check check = Check.NOTHING;
        for (String key : keys) {
            Optional<CompiledPolicy> active = activeForUpdate(key);
            if (active.isPresent()) {
                check =
                        check.and(
                                Check.of(
                                        DefaultsCheck.check(active.get(), surface),
                                        c ->
                                                "slots["
                                                        + slotIndex(surface, c.slot())
                                                        + "].defaultVariant",
                                        "Surface '"
                                                + surface.key()
                                                + "' cannot be published: a default variant"
                                                + " breaks the active policy "
                                                + active.get().version()
                                                + "."));
            }
        }
        return check;
    }

    Check checkActivation(CompiledPolicy policy) {
        String key = policy.version().key();
        List<PublishedSurface> governed =
                key.equals(CompiledPolicy.GLOBAL)
                        ? surfaces.list().stream()
                                .filter(s -> s.publishedVersion() != null)
                                .map(s -> published(s.key()))
                                .flatMap(Optional::stream)
                                .toList()
                        : published(key).stream().toList();
        List<Rule> rules = policy.document().rules();
        Check check = Check.NOTHING;
        for (PublishedSurface surface : governed) {
            check =
                    check.and(
                            Check.of(
                                    DefaultsCheck.check(policy, surface),
                                    c -> "rules[" + ruleIndex(rules, c.ruleId()) + "]",
                                    "Policy "
                                            + policy.version()
                                            + " cannot be activated: a default variant of the"
                                            + " published surface '"
                                            + surface.key()
                                            + "' breaks it."));
        }
        return check;
    }

    private void requireDistinctRuleIds(CompiledPolicy policy) {
        String key = policy.version().key();
        List<FieldError> errors = new ArrayList<>();
        for (Policy other : policies.active()) {
            boolean enforcedTogether =
                    !other.key().equals(key)
                            && (key.equals(CompiledPolicy.GLOBAL)
                                    || other.key().equals(CompiledPolicy.GLOBAL));
            if (!enforcedTogether) {
                continue;
            }
            CompiledPolicy compiled = PolicyService.compile(other);
            for (String id : policy.sharedRuleIds(compiled)) {
                errors.add(
                        new FieldError(
                                "rules[" + ruleIndex(policy.document().rules(), id) + "].id",
                                "'"
                                        + id
                                        + "' is also a rule of the active policy "
                                        + compiled.version()
                                        + ", which is enforced together with this one"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ConflictProblem(
                    "policy-rule-id-conflict",
                    "A rule id is used twice",
                    "Policy "
                            + policy.version()
                            + " cannot be activated: rule ids must be unique across a surface's"
                            + " policy and the global policy.",
                    errors);
        }
    }

    private Optional<CompiledPolicy> activeForUpdate(String key) {
        return policies.findForUpdate(key)
                .flatMap(p -> p.activeVersion())
                .flatMap(v -> policies.findVersion(key, v))
                .map(p -> PolicyService.compile(p.document()));
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

        /** Both checks' conflicts and refusals; the first detail that refuses. */
        Check and(Check other) {
            List<DefaultConflict> conflicts = new ArrayList<>(this.conflicts);
            conflicts.addAll(other.conflicts);
            List<FieldError> refusals = new ArrayList<>(this.refusals);
            refusals.addAll(other.refusals);
            return new Check(
                    conflicts, refusals, this.refusals.isEmpty() ? other.detail : this.detail);
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
