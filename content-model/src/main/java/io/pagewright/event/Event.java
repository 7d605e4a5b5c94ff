package io.pagewright.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * Something a visitor did, sent by a frontend. Every event has a client-generated {@link
 * #eventId()} that makes resending it harmless, the time it {@link #occurredAt() occurred} (which
 * may be in the past and arrive out of order), the {@link #identity()} it is about and an optional
 * session id. On the wire each event names its kind in {@code "type"} ({@link
 * EventType#wireName()}).
 *
 * <p>Records are not validated on construction, so that Bean Validation can report every broken
 * field by path; {@link EventValidator} is the gate before anything is folded into a profile.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PageView.class, name = "page_view"),
    @JsonSubTypes.Type(value = ProductView.class, name = "product_view"),
    @JsonSubTypes.Type(value = CategoryView.class, name = "category_view"),
    @JsonSubTypes.Type(value = Search.class, name = "search"),
    @JsonSubTypes.Type(value = AddToCart.class, name = "add_to_cart"),
    @JsonSubTypes.Type(value = RemoveFromCart.class, name = "remove_from_cart"),
    @JsonSubTypes.Type(value = Checkout.class, name = "checkout"),
    @JsonSubTypes.Type(value = Purchase.class, name = "purchase"),
    @JsonSubTypes.Type(value = Signup.class, name = "signup"),
    @JsonSubTypes.Type(value = Login.class, name = "login"),
    @JsonSubTypes.Type(value = FeatureUsed.class, name = "feature_used"),
    @JsonSubTypes.Type(value = OnboardingStepCompleted.class, name = "onboarding_step_completed"),
    @JsonSubTypes.Type(value = Impression.class, name = "impression"),
    @JsonSubTypes.Type(value = Click.class, name = "click"),
    @JsonSubTypes.Type(value = Conversion.class, name = "conversion"),
    @JsonSubTypes.Type(value = Bounce.class, name = "bounce"),
    @JsonSubTypes.Type(value = SupportTicket.class, name = "support_ticket"),
    @JsonSubTypes.Type(value = Consent.class, name = "consent")
})
public sealed interface Event
        permits PageView,
                ProductView,
                CategoryView,
                Search,
                AddToCart,
                RemoveFromCart,
                Checkout,
                Purchase,
                Signup,
                Login,
                FeatureUsed,
                OnboardingStepCompleted,
                Impression,
                Click,
                Conversion,
                Bounce,
                SupportTicket,
                Consent {

    String eventId();

    Instant occurredAt();

    Identity identity();

    String sessionId();

    default EventType type() {
        return switch (this) {
            case PageView e -> EventType.PAGE_VIEW;
            case ProductView e -> EventType.PRODUCT_VIEW;
            case CategoryView e -> EventType.CATEGORY_VIEW;
            case Search e -> EventType.SEARCH;
            case AddToCart e -> EventType.ADD_TO_CART;
            case RemoveFromCart e -> EventType.REMOVE_FROM_CART;
            case Checkout e -> EventType.CHECKOUT;
            case Purchase e -> EventType.PURCHASE;
            case Signup e -> EventType.SIGNUP;
            case Login e -> EventType.LOGIN;
            case FeatureUsed e -> EventType.FEATURE_USED;
            case OnboardingStepCompleted e -> EventType.ONBOARDING_STEP_COMPLETED;
            case Impression e -> EventType.IMPRESSION;
            case Click e -> EventType.CLICK;
            case Conversion e -> EventType.CONVERSION;
            case Bounce e -> EventType.BOUNCE;
            case SupportTicket e -> EventType.SUPPORT_TICKET;
            case Consent e -> EventType.CONSENT;
        };
    }
}
