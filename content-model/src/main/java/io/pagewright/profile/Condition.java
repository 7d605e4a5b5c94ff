package io.pagewright.profile;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.pagewright.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A test over a profile at a moment, the building block of the intent and lifecycle {@link Rule}s.
 * Conditions only read aggregates the fold precomputed, so evaluating them costs lookups, not scans
 * of history. On the wire each names its kind in {@code "type"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Condition.Recent.class, name = "recent"),
    @JsonSubTypes.Type(value = Condition.CountAtLeast.class, name = "count_at_least"),
    @JsonSubTypes.Type(value = Condition.CartNotEmpty.class, name = "cart_not_empty"),
    @JsonSubTypes.Type(value = Condition.ViewsInOneCategory.class, name = "views_in_one_category"),
    @JsonSubTypes.Type(value = Condition.Activated.class, name = "activated"),
    @JsonSubTypes.Type(value = Condition.PlanTier.class, name = "plan_tier"),
    @JsonSubTypes.Type(value = Condition.AllOf.class, name = "all_of"),
    @JsonSubTypes.Type(value = Condition.AnyOf.class, name = "any_of"),
    @JsonSubTypes.Type(value = Condition.Not.class, name = "not")
})
public sealed interface Condition {

    /** An event of one of these types occurred within {@code within} before now. */
    record Recent(Set<EventType> types, Duration within) implements Condition {
        public Recent {
            types = nonEmpty(types, "types");
            positive(within, "within");
        }
    }

    /** At least {@code count} events of these types ever (while personalization was granted). */
    record CountAtLeast(Set<EventType> types, long count) implements Condition {
        public CountAtLeast {
            types = nonEmpty(types, "types");
            if (count < 1) {
                throw new IllegalArgumentException("count must be >= 1, was " + count);
            }
        }
    }

    /** The cart holds at least one product. */
    record CartNotEmpty() implements Condition {}

    /**
     * At least {@code count} of the recent product views within {@code within} before now are of
     * one category. Counted over the views the profile keeps ({@link
     * ProfileSettings#recentProductViews()}).
     */
    record ViewsInOneCategory(int count, Duration within) implements Condition {
        public ViewsInOneCategory {
            if (count < 1) {
                throw new IllegalArgumentException("count must be >= 1, was " + count);
            }
            positive(within, "within");
        }
    }

    /** The visitor has reached first value: used a first-value feature. */
    record Activated() implements Condition {}

    /** The visitor's plan tier is one of these. */
    record PlanTier(Set<String> tiers) implements Condition {
        public PlanTier {
            tiers = nonEmpty(tiers, "tiers");
        }
    }

    record AllOf(List<Condition> conditions) implements Condition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }
    }

    record AnyOf(List<Condition> conditions) implements Condition {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }
    }

    record Not(Condition condition) implements Condition {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }

    default boolean holds(Profile profile, Instant now) {
        return switch (this) {
            case Recent r ->
                    profile.activity()
                            .lastAt(r.types())
                            .filter(last -> !last.isBefore(now.minus(r.within())))
                            .isPresent();
            case CountAtLeast c -> profile.activity().count(c.types()) >= c.count();
            case CartNotEmpty ignored -> !profile.behavior().cart().isEmpty();
            case ViewsInOneCategory v ->
                    profile.behavior()
                                    .recentProductViews()
                                    .mostInOneCategorySince(now.minus(v.within()))
                            >= v.count();
            case Activated ignored -> profile.behavior().firstValueAt() != null;
            case PlanTier p -> profile.value().plan().filter(p.tiers()::contains).isPresent();
            case AllOf all -> all.conditions().stream().allMatch(c -> c.holds(profile, now));
            case AnyOf any -> any.conditions().stream().anyMatch(c -> c.holds(profile, now));
            case Not not -> !not.condition().holds(profile, now);
        };
    }

    /** A sorted copy, so that rules written back as JSON keep a stable order. */
    private static <T extends Comparable<T>> Set<T> nonEmpty(Set<T> values, String name) {
        Set<T> copy =
                Collections.unmodifiableSortedSet(
                        new TreeSet<>(Objects.requireNonNull(values, name)));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return copy;
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
