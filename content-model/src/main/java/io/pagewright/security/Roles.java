package io.pagewright.security;

import java.util.List;

/**
 * The roles of Pagewright's users and credentials, as names for {@code @RolesAllowed}.
 *
 * <p>Roles are not nested: an identity holds every role it may act in, so each endpoint lists the
 * roles it admits. {@link #PEOPLE} lists every role a person can hold.
 */
public final class Roles {

    /** Sets goals, policies and guardrails; approves high-impact changes. */
    public static final String STRATEGY_OWNER = "strategy-owner";

    /** Manages component types, surfaces and variants; submits changes for review. */
    public static final String EDITOR = "editor";

    /** Approves or rejects content in review. */
    public static final String REVIEWER = "reviewer";

    /** Integrations, configuration, users, delivery keys and reindexing. */
    public static final String ADMIN = "admin";

    /** Reads everything a person can read, changes nothing. */
    public static final String VIEWER = "viewer";

    /** A frontend's credential: may only resolve pages and send events. */
    public static final String DELIVERY = "delivery";

    /** Every role a person (not a delivery credential) can hold. */
    public static final List<String> PEOPLE =
            List.of(STRATEGY_OWNER, EDITOR, REVIEWER, ADMIN, VIEWER);

    /** Every role. */
    public static final List<String> ALL =
            List.of(STRATEGY_OWNER, EDITOR, REVIEWER, ADMIN, VIEWER, DELIVERY);

    private Roles() {}
}
