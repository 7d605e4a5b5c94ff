package io.pagewright.profile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An ordered list of rules: the first whose condition holds gives the value, else {@code otherwise}
 * (which may be null: no value).
 */
public record RuleList(List<Rule> rules, String otherwise) {

    public RuleList {
        rules = List.copyOf(rules);
    }

    public Optional<String> evaluate(Profile profile, Instant now) {
        for (Rule rule : rules) {
            if (rule.when().holds(profile, now)) {
                return Optional.of(rule.value());
            }
        }
        return Optional.ofNullable(otherwise);
    }
}
