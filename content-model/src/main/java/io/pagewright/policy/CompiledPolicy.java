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
 */
public final class CompiledPolicy {

    private final Policy document;
    private final PolicyVersion version;
    private final List<Guard> guards;
    private final List<Map.Entry<Segment, Set<String>>> residencies;
    private final List<Map.Entry<Segment, Objective>> objectives;

    private CompiledPolicy(
            Policy document,
            List<Guard> guards,
            List<Map.Entry<Segment, Set<String>>> residencies,
            List<Map.Entry<Segment, Objective>> objectives) {
        this.document = document;
        this.version = new PolicyVersion(document.key(), document.version());
        this.guards = guards.stream().sorted(Comparator.comparingInt(Guard::stage)).toList();
        this.residencies = List.copyOf(residencies);
        this.objectives = List.copyOf(objectives);
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
        for (Rule rule : policy.rules()) {
            Segment segment =
                    new Segment(new HashSet<>(rule.surfaces()), rule.when().map(parser::parse));
            guards.addAll(GuardCompiler.guards(rule, segment));
            if (rule instanceof DataResidency residency) {
                residencies.add(Map.entry(segment, Set.copyOf(residency.attributes())));
            } else if (rule instanceof ObjectiveWeighting objective) {
                objectives.add(Map.entry(segment, objective(objective)));
            }
        }
        return new CompiledPolicy(policy, guards, residencies, objectives);
    }

    /** A policy without rules: every decision is the strategy's alone. */
    public static CompiledPolicy empty(String key, long version) {
        return compile(new Policy(key, version, List.of()), FieldCatalog.defaults());
    }

    public PolicyVersion version() {
        return version;
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

    /** The visitor as strategies may see it: without the attributes data residency withholds. */
    Visitor forStrategies(String surface, Visitor visitor) {
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
