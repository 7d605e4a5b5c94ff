package io.pagewright.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of {@link Event}, named on the wire as in {@code "type": "product_view"}. */
public enum EventType {
    PAGE_VIEW("page_view"),
    PRODUCT_VIEW("product_view"),
    CATEGORY_VIEW("category_view"),
    SEARCH("search"),
    ADD_TO_CART("add_to_cart"),
    REMOVE_FROM_CART("remove_from_cart"),
    CHECKOUT("checkout"),
    PURCHASE("purchase"),
    SIGNUP("signup"),
    LOGIN("login"),
    FEATURE_USED("feature_used"),
    ONBOARDING_STEP_COMPLETED("onboarding_step_completed"),
    IMPRESSION("impression"),
    CLICK("click"),
    CONVERSION("conversion"),
    BOUNCE("bounce"),
    SUPPORT_TICKET("support_ticket"),
    CONSENT("consent");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
