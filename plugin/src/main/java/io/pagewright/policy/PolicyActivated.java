package io.pagewright.policy;

/** A CDI event fired inside the transaction that made {@code version} of a policy active. */
public record PolicyActivated(String key, long version) {}
