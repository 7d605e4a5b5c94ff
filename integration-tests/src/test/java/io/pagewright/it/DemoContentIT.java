package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The framework's two examples are loaded, published and resolve as the README says. */
@ArquillianTest
@RunAsClient
class DemoContentIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @Test
    void bothDemoSurfacesAreListedAndPublished() {
        JsonNode items = Api.withAllRoles(base).get("api/v1/surfaces").json().get("items");
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        items.values().forEach(i -> byKey.put(i.get("key").asString(), i));

        assertThat(byKey).containsKeys("ecommerce-homepage", "saas-onboarding");
        assertThat(byKey.get("ecommerce-homepage").get("slots").asInt()).isEqualTo(4);
        assertThat(byKey.get("ecommerce-homepage").get("channel").asString()).isEqualTo("web");
        assertThat(byKey.get("saas-onboarding").get("channel").asString()).isEqualTo("app");
        assertThat(byKey.get("saas-onboarding").get("publishedAt").isNull()).isFalse();
    }

    @Test
    void aLoyalReturningVisitorGetsTheLoyaltyExperience() {
        Map<String, String> page =
                variants(
                        "ecommerce-homepage",
                        Fixtures.resolve(
                                "v-loyal-" + UUID.randomUUID(), "post-purchase", "loyal-customer"));

        assertThat(page)
                .containsEntry("hero", "loyalty-message")
                .containsEntry("recommendation-rail", "complementary-to-last-purchase")
                .containsEntry("offer", "loyalty-bonus");
    }

    @Test
    void aNewVisitorReadyToBuyGetsTheFreeShippingOffer() {
        Map<String, String> page =
                variants(
                        "ecommerce-homepage",
                        Fixtures.resolve(
                                "v-new-" + UUID.randomUUID(), "ready-to-buy", "new-visitor"));

        assertThat(page)
                .containsEntry("hero", "personalized-category")
                .containsEntry("recommendation-rail", "recently-viewed")
                .containsEntry("offer", "free-shipping-threshold");
        assertThat(page.keySet())
                .containsExactly("hero", "category-tiles", "recommendation-rail", "offer");
    }

    @Test
    void anAtRiskAccountGetsTheCheckInPromptAndDefaultsElsewhere() {
        Map<String, String> page =
                variants(
                        "saas-onboarding",
                        Fixtures.resolve("u-9-" + UUID.randomUUID(), null, "at-risk"));

        assertThat(page)
                .containsEntry("onboarding-checklist", "standard-checklist")
                .containsEntry("in-app-prompt", "at-risk-check-in")
                .containsEntry("lifecycle-email", "getting-started-guide");
    }

    private Map<String, String> variants(String surface, Map<String, Object> request) {
        if (surface.equals("ecommerce-homepage")) {
            // The demo policy personalizes the homepage only for visitors who consented.
            Profiles.grantConsent(Api.withAllRoles(base), (String) request.get("visitorId"));
        }
        Api.Reply reply =
                Api.withAllRoles(base).post("api/v1/surfaces/" + surface + "/resolve", request);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, String> variants = new LinkedHashMap<>();
        reply.json()
                .get("slots")
                .values()
                .forEach(s -> variants.put(s.get("slot").asString(), s.get("variant").asString()));
        return variants;
    }
}
