package io.pagewright.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The period over which impressions are counted. The server's {@link ImpressionHistory} owns the
 * clock and decides where a session, day or week begins (rolling windows are recommended).
 */
public enum Window {
    @JsonProperty("session")
    SESSION,
    @JsonProperty("day")
    DAY,
    @JsonProperty("week")
    WEEK
}
