package io.pagewright.publishing;

import java.util.List;

/**
 * Why a change is high impact (an offer or discount, a price, a compliance or legal flag, ...); no
 * reasons means an ordinary change. High-impact changes need a strategy owner's approval in
 * addition to the usual ones.
 */
public record Impact(List<String> reasons) {

    public static final Impact ORDINARY = new Impact(List.of());

    public Impact {
        reasons = List.copyOf(reasons);
    }

    public boolean high() {
        return !reasons.isEmpty();
    }
}
