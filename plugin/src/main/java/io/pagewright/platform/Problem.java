package io.pagewright.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code instance} is a fresh URN that is also written to the server
 * log, so a person can find the log entry of the response they got. {@code currentVersion} is set
 * on version conflicts only: the version the object is at now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://pagewright.io/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
