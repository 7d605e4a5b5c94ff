package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Setup for the admin UI's workflow tests, through the API: a fresh surface whose newest version
 * adds one variant, written and submitted for review by the all-roles test user (so demo reviewers
 * and strategy owners may approve it, and the all-roles user may not).
 */
final class InReview {

    private InReview() {}

    /** An ordinary hero variant with this headline, targeting the research intent. */
    static Map<String, Object> heroVariant(String key, String headline) {
        return Fixtures.variant(key, headline, Map.of("intents", List.of("research")));
    }

    /** An offer variant with a 10 % discount: a high-impact change. */
    static Map<String, Object> discountVariant(String key) {
        Map<String, Object> variant =
                new HashMap<>(
                        Fixtures.variant(
                                key,
                                "10 % off for you",
                                Map.of("lifecycleStages", List.of("first-time-buyer"))));
        variant.put("offer", Map.of("type", "discount", "discountPercent", 10));
        return variant;
    }

    /** A new surface at version 1, unpublished. */
    static String surface(URL base, String prefix) {
        String key = Fixtures.uniqueKey(prefix);
        Api.Reply created = Api.withAllRoles(base).post("api/v1/surfaces", Fixtures.surface(key));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return key;
    }

    /**
     * A new surface whose version 1 is published and whose version 2 adds this variant to the slot
     * and is in review.
     */
    static String submitted(URL base, String prefix, String slot, Map<String, Object> variant) {
        String key = surface(base, prefix);
        Api.Reply published = Publishing.publish(base, key);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        Api author = Api.withAllRoles(base);
        Api.Reply added =
                author.post(
                        "api/v1/surfaces/" + key + "/slots/" + slot + "/variants",
                        variant,
                        "\"1\"");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        Api.Reply submitted =
                author.post(
                        "api/v1/surfaces/" + key + "/versions/2/submit",
                        Map.of("comment", "please have a look"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return key;
    }

    /**
     * Signs the browser out through the top bar and in again as someone else. Signing out first
     * means the sign-in screen is certain to come up, however fast the page asks who is signed in.
     */
    static void switchUser(InBrowser test, Credentials credentials) {
        test.wait
                .until(
                        org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                                org.openqa.selenium.By.id("sign-out")))
                .click();
        test.wait.until(
                org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                        org.openqa.selenium.By.id("signin-username")));
        test.signIn(credentials);
    }

    /** The stage of a version, as the API reports it. */
    static String stage(URL base, String key, long version) {
        return Api.withAllRoles(base)
                .get("api/v1/surfaces/" + key + "/versions/" + version + "/review")
                .json()
                .get("state")
                .get("review")
                .get("stage")
                .asString();
    }
}
