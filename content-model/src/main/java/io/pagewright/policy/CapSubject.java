package io.pagewright.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a {@link FrequencyCap} counts; the JSON form is the lower-case name. */
public enum CapSubject {
    @JsonProperty("variant")
    VARIANT,
    @JsonProperty("slot")
    SLOT,
    @JsonProperty("offer-type")
    OFFER_TYPE
}
