package io.pagewright.policy.predicate;

/**
 * A predicate text that does not parse or does not type-check against the field catalog, with the
 * 0-based character position of the offending part.
 */
public final class PredicateException extends RuntimeException {

    private final int position;
    private final String problem;

    PredicateException(int position, String problem) {
        super(problem + " at position " + position);
        this.position = position;
        this.problem = problem;
    }

    /** The 0-based offset in the predicate text where the problem starts. */
    public int position() {
        return position;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
