package io.pagewright.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A visitor's answer for one consent purpose. */
public enum ConsentStatus {
    @JsonProperty("granted")
    GRANTED,
    @JsonProperty("withdrawn")
    WITHDRAWN
}
