package io.pagewright.policy;

import io.pagewright.decision.PublishedSurface;
import io.pagewright.decision.Visitor;
import io.pagewright.policy.predicate.FieldCatalog;
import io.pagewright.policy.predicate.PredicateParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A valid policy, ready to enforce: predicates parsed once, rules turned into guards in enforcement
 * order. Immutable and thread-safe; compile it once per approved version and reuse it.
 *
 * <p>The policy with the key {@value #GLOBAL} covers every surface; a surface's own policy (same
 * key as the surface) is enforced together with it: {@link #under(CompiledPolicy)}.
 */
public final class CompiledPolicy {

    /** The key of the policy whose rules apply to every surface (each rule's scope permitting). */
    public static final String GLOBAL = "global";

    private final Policy document;
    private final List<PolicyVersion> versions;
    private final List<Guard> guards;
    private final List<Map.Entry<Segment, Set<String>>> residencies;
    private final List<Map.Entry<Segment, Objective>> objectives;
    private final List<Map.Entry<Segment, List<String>>> excludedCategories;

    private CompiledPolicy(
            Policy document,
            List<PolicyVersion> versions,
            List<Guard> guards,
            List<Map.Entry<Segment, Set<String>>> residencies,
            List<Map.Entry<Segment, Objective>> objectives,
            List<Map.Entry<Segment, List<String>>> excludedCategories) {
        this.document = document;
        this.versions = List.copyOf(versions);
        this.guards = guards.stream().sorted(Comparator.comparingInt(Guard::stage)).toList();
        this.residencies = List.copyOf(residencies);
        this.objectives = List.copyOf(objectives);
        this.excludedCategories = List.copyOf(excludedCategories);
    }

    /**
     * The enforceable form of {@code policy}.
     *
     * @throws InvalidPolicyException with every error {@link PolicyValidator} finds
     */
    public static CompiledPolicy compile(Policy policy, FieldCatalog catalog) {
        Objects.requireNonNull(policy, "policy");
        List<PolicyError> errors = new PolicyValidator(catalog).validate(policy);
        if (!errors.isEmpty()) {
            throw new InvalidPolicyException(errors);
        }
        PredicateParser parser = new PredicateParser(catalog);
        List<Guard> guards = new ArrayList<>();
        List<Map.Entry<Segment, Set<String>>> residencies = new ArrayList<>();
        List<Map.Entry<Segment, Objective>> objectives = new ArrayList<>();
        List<Map.Entry<Segment, List<String>>> excluded = new ArrayList<>();
        for (Rule rule : policy.rules()) {
            Segment segment =
                    new Segment(new HashSet<>(rule.surfaces()), rule.when().map(parser::parse));
            guards.addAll(GuardCompiler.guards(rule, segment));
            if (rule instanceof DataResidency residency) {
                residencies.add(Map.entry(segment, Set.copyOf(residency.attributes())));
            } else if (rule instanceof ObjectiveWeighting objective) {
                objectives.add(Map.entry(segment, objective(objective)));
            } else if (rule instanceof Exclusion exclusion
                    && !exclusion.exclude().categories().isEmpty()) {
                excluded.add(Map.entry(segment, exclusion.exclude().categories()));
            }
        }
        return new CompiledPolicy(
                policy,
                List.of(new PolicyVersion(policy.key(), policy.version())),
                guards,
                residencies,
                objectives,
                excluded);
    }

    /**
     * This policy enforced together with {@code global}: every rule of both holds (masks and limits
     * add up), data residency withholds what either withholds, and for the objective this policy's
     * rules come first, so a surface's own weighting overrides the global one for its segment. The
     * result reports both versions, this one first. Rule ids must not repeat across the two (the
     * server refuses such an activation), so explanations stay unambiguous.
     */
    public CompiledPolicy under(CompiledPolicy global) {
        List<Rule> rules = new ArrayList<>(document.rules());
        rules.addAll(global.document.rules());
        List<PolicyVersion> both = new ArrayList<>(versions);
        both.addAll(global.versions);
        List<Guard> allGuards = new ArrayList<>(guards);
        allGuards.addAll(global.guards);
        List<Map.Entry<Segment, Set<String>>> allResidencies = new ArrayList<>(residencies);
        allResidencies.addAll(global.residencies);
        List<Map.Entry<Segment, Objective>> allObjectives = new ArrayList<>(objectives);
        allObjectives.addAll(global.objectives);
        List<Map.Entry<Segment, List<String>>> allExcluded = new ArrayList<>(excludedCategories);
        allExcluded.addAll(global.excludedCategories);
        return new CompiledPolicy(
                new Policy(document.key(), document.version(), rules),
                both,
                allGuards,
                allResidencies,
                allObjectives,
                allExcluded);
    }

    /** Rule ids that this policy and {@code other} both use. */
    public Set<String> sharedRuleIds(CompiledPolicy other) {
        Set<String> mine = new HashSet<>();
        document.rules().forEach(r -> mine.add(r.id()));
        Set<String> shared = new java.util.TreeSet<>();
        other.document.rules().stream().map(Rule::id).filter(mine::contains).forEach(shared::add);
        return shared;
    }

    /** A policy without rules: every decision is the strategy's alone. */
    public static CompiledPolicy empty(String key, long version) {
        return compile(new Policy(key, version, List.of()), FieldCatalog.defaults());
    }

    /** The version of this policy; for a combination, of the surface's own policy. */
    public PolicyVersion version() {
        return versions.get(0);
    }

    /** Every policy version enforced: one, or the surface's own and the global one. */
    public List<PolicyVersion> versions() {
        return versions;
    }

    public Policy document() {
        return document;
    }

    /** What the learner should optimize for {@code visitor} on {@code surface}. */
    public Objective objectiveFor(String surface, Visitor visitor) {
        for (Map.Entry<Segment, Objective> objective : objectives) {
            Segment segment = objective.getKey();
            if (segment.coversSurface(surface) && segment.coversVisitor(visitor.attributes())) {
                return objective.getValue();
            }
        }
        return Objective.DEFAULT;
    }

    /**
     * This policy prepared for one published surface: what each rule matches in each slot is worked
     * out once, so that assembling a page only combines precomputed sets. Cache the result with the
     * published snapshot.
     */
    public SurfaceGuardrails on(PublishedSurface surface) {
        return new SurfaceGuardrails(this, surface);
    }

    List<Guard> guards() {
        return guards;
    }

    /**
     * The categories whose products {@code visitor} may not be shown on {@code surface}: those of
     * the exclusion rules covering them. Recommendation rails apply it to catalog items, as the
     * rules apply it to variants.
     */
    public Set<String> excludedCategories(String surface, Visitor visitor) {
        Set<String> excluded = new HashSet<>();
        for (Map.Entry<Segment, List<String>> exclusion : excludedCategories) {
            Segment segment = exclusion.getKey();
            if (segment.coversSurface(surface) && segment.coversVisitor(visitor.attributes())) {
                excluded.addAll(exclusion.getValue());
            }
        }
        return excluded;
    }

    /** The visitor as strategies may see it: without the attributes data residency withholds. */
    public Visitor forStrategies(String surface, Visitor visitor) {
        Set<String> withheld = null;
        for (Map.Entry<Segment, Set<String>> residency : residencies) {
            Segment segment = residency.getKey();
            if (segment.coversSurface(surface) && segment.coversVisitor(visitor.attributes())) {
                withheld = withheld == null ? new HashSet<>() : withheld;
                withheld.addAll(residency.getValue());
            }
        }
        if (withheld == null) {
            return visitor;
        }
        Map<String, Object> kept = new LinkedHashMap<>(visitor.attributes());
        kept.keySet().removeAll(withheld);
        return new Visitor(visitor.visitorId(), kept);
    }

    private static Objective objective(ObjectiveWeighting rule) {
        Map<Outcome, Double> weights = new EnumMap<>(Outcome.class);
        rule.weights()
                .forEach((name, weight) ->
                        weights.put(Outcome.fromWireName(name).orElseThrow(), weight));
        return new Objective(Optional.of(rule.id()), weights);
    }
}
