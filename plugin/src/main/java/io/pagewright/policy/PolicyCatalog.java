package io.pagewright.policy;

import io.pagewright.policy.predicate.FieldCatalog;

/** The attributes policy predicates may name on this server: the default field catalog. */
public final class PolicyCatalog {
    private PolicyCatalog() {}

    public static final FieldCatalog FIELDS = FieldCatalog.defaults();
}
