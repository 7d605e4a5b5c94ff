package io.pagewright.profile;

import io.pagewright.decision.Visitor;
import io.pagewright.event.ConsentStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a profile and the current request into the {@link Visitor} the decision engine reads: flat
 * attributes, request context winning over stored values. Only lookups and a few rule checks happen
 * here; everything heavy was computed when events were folded.
 */
public final class VisitorProjection {

    public static final String AGE_BAND = "ageBand";
    public static final String REGION = "region";
    public static final String DEVICE = "device";
    public static final String TRAFFIC_SOURCE = "trafficSource";
    public static final String LOCALE = "locale";
    public static final String TIME_OF_DAY = "timeOfDay";
    public static final String PLAN_TIER = "planTier";
    public static final String TEAM_SIZE = "teamSize";
    public static final String LTV_BAND = "ltvBand";
    public static final String PURCHASE_COUNT = "purchaseCount";
    public static final String TOP_CATEGORY = "topCategory";
    public static final String CART_SIZE = "cartSize";

    /** Product ids of the latest views, newest first (what recommendation rails read). */
    public static final String RECENT_PRODUCTS = "recentProducts";

    /** Product ids of the latest purchase. */
    public static final String LAST_PURCHASE_PRODUCTS = "lastPurchaseProducts";

    public static final String CONSENT_PREFIX = "consent.";

    private final DerivationRules rules;

    public VisitorProjection(DerivationRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public Visitor visitor(Profile profile, RequestContext request) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        consents(profile.consents(), attributes);
        if (profile.isPersonalized()) {
            derived(profile, request, attributes);
            stored(profile, attributes);
        }
        context(request, attributes);
        return new Visitor(profile.id().value(), attributes);
    }

    /** A visitor Pagewright has no profile for yet: no consent known, only the request. */
    public Visitor unknown(String visitorId, RequestContext request) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        consents(Consents.NONE, attributes);
        context(request, attributes);
        return new Visitor(visitorId, attributes);
    }

    private static void consents(Consents consents, Map<String, Object> attributes) {
        attributes.put(CONSENT_PREFIX + Privacy.PERSONALIZATION, false);
        consents.byPurpose()
                .forEach((purpose, answer) ->
                        attributes.put(
                                CONSENT_PREFIX + purpose, answer.value() == ConsentStatus.GRANTED));
    }

    private void derived(Profile profile, RequestContext request, Map<String, Object> attributes) {
        rules.intent()
                .evaluate(profile, request.now())
                .ifPresent(intent -> attributes.put(Visitor.INTENT, intent));
        rules.lifecycle()
                .evaluate(profile, request.now())
                .ifPresent(stage -> attributes.put(Visitor.LIFECYCLE_STAGE, stage));
        rules.valueBands().band(profile.value()).ifPresent(band -> attributes.put(LTV_BAND, band));
    }

    private static void stored(Profile profile, Map<String, Object> attributes) {
        Value value = profile.value();
        Traits traits = profile.traits();
        attributes.put(AGE_BAND, Latest.valueOf(traits.ageBand()));
        attributes.put(REGION, Latest.valueOf(traits.region()));
        attributes.put(LOCALE, Latest.valueOf(traits.locale()));
        attributes.put(PLAN_TIER, Latest.valueOf(value.planTier()));
        attributes.put(TEAM_SIZE, Latest.valueOf(value.teamSize()));
        attributes.put(PURCHASE_COUNT, value.purchaseCount());
        attributes.put(CART_SIZE, profile.behavior().cart().size());
        List<String> recent =
                profile.behavior().recentProductViews().latest().stream()
                        .map(ViewedProduct::productId)
                        .distinct()
                        .toList();
        if (!recent.isEmpty()) {
            attributes.put(RECENT_PRODUCTS, recent);
        }
        if (!value.lastPurchasedProducts().isEmpty()) {
            attributes.put(LAST_PURCHASE_PRODUCTS, value.lastPurchasedProducts());
        }
        profile.behavior()
                .categoryAffinity()
                .top()
                .ifPresent(category -> attributes.put(TOP_CATEGORY, category));
    }

    private static void context(RequestContext request, Map<String, Object> attributes) {
        putIfPresent(attributes, DEVICE, request.device());
        putIfPresent(attributes, REGION, request.region());
        putIfPresent(attributes, TRAFFIC_SOURCE, request.trafficSource());
        putIfPresent(attributes, LOCALE, request.locale());
        putIfPresent(attributes, TIME_OF_DAY, request.timeOfDay());
    }

    private static void putIfPresent(Map<String, Object> attributes, String name, Object value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }
}
