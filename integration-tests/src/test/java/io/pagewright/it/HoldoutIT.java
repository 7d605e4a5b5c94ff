package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The holdout: the test server configures 50 % for surface {@code holdout-test}
 * (PAGEWRIGHT_HOLDOUT_PERCENT_HOLDOUT_TEST); its holdout visitors get only defaults, the others the
 * personalized page, and a visitor stays on the same side on every request.
 */
@ArquillianTest
@RunAsClient
class HoldoutIT {

    static final String SURFACE = "holdout-test";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @ArquillianResource URL base;

    @BeforeEach
    void publishedSurface() {
        Api api = Api.withAllRoles(base);
        if (api.get("api/v1/surfaces/" + SURFACE).status() == 404) {
            assertThat(api.post("api/v1/surfaces", Fixtures.surface(SURFACE)).status())
                    .isEqualTo(201);
        }
        if (api.get("api/v1/surfaces/" + SURFACE).json().get("publishedVersion").isNull()) {
            assertThat(Publishing.publish(base, SURFACE).status()).isEqualTo(200);
        }
    }

    JsonNode resolve(String surface, String visitor) {
        Api.Reply page =
                Api.as(base, Credentials.demo("delivery"))
                        .post(
                                "api/v1/surfaces/" + surface + "/resolve",
                                Fixtures.resolve(visitor, "ready-to-buy", "loyal-customer"));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json();
    }

    @Test
    void holdoutVisitorsGetOnlyDefaultsAndStayInTheHoldout() {
        int held = 0;
        for (int i = 0; i < 200; i++) {
            String visitor = "hv-" + i;
            JsonNode page = resolve(SURFACE, visitor);
            boolean holdout = page.get("holdout").asBoolean();
            Map<String, JsonNode> slots = new java.util.LinkedHashMap<>();
            page.get("slots").values().forEach(s -> slots.put(s.get("slot").asString(), s));
            if (holdout) {
                held++;
                assertThat(slots.values())
                        .allSatisfy(s -> {
                            assertThat(s.get("isDefault").asBoolean()).isTrue();
                            assertThat(s.get("strategy").asString()).isEqualTo("default");
                        });
                assertThat(page.get("personalized").asBoolean()).isFalse();
            } else {
                assertThat(slots.get("hero").get("variant").asString()).isEqualTo("buy-now");
                assertThat(slots.get("offer").get("variant").asString()).isEqualTo("loyal-bonus");
            }
            if (i % 20 == 0) {
                assertThat(resolve(SURFACE, visitor).get("holdout").asBoolean()).isEqualTo(holdout);
            }
        }
        // 50 % of 200: the binomial standard deviation is about 7, so this range is ±6 of them.
        assertThat(held).isBetween(58, 142);
    }

    @Test
    void aSurfaceWithoutAHoldoutShareHasNoHoldout() {
        String other = Fixtures.uniqueKey("no-holdout");
        Api.withAllRoles(base).post("api/v1/surfaces", Fixtures.surface(other));
        Publishing.publish(base, other);
        for (int i = 0; i < 30; i++) {
            assertThat(resolve(other, "hv-" + i).get("holdout").asBoolean()).isFalse();
        }
    }
}
