package io.pagewright.policy;

/** A policy with this key exists already. */
public class PolicyExistsException extends RuntimeException {
    public PolicyExistsException(String key) {
        super("A policy with key '" + key + "' exists already.");
    }
}
