package io.pagewright.platform;

import jakarta.ws.rs.core.EntityTag;

/** Versions as HTTP entity tags: {@code ETag: "3"} out, {@code If-Match: "3"} in. */
public final class Versions {
    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header names; a missing or malformed header is a 428 problem. */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredProblem(
                    "Send If-Match with the version you edited (the ETag of your GET), e.g. If-Match: \"3\".");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new PreconditionRequiredProblem(
                    "If-Match must name one version, e.g. If-Match: \"3\"; got " + ifMatch + ".");
        }
    }

    /** 428: a change without the version it is based on could overwrite someone else's. */
    public static final class PreconditionRequiredProblem extends ProblemException {
        PreconditionRequiredProblem(String detail) {
            super(428, "precondition-required", "The version you edited is required", detail);
        }
    }
}
