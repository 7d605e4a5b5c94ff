package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * The coverage matrix: per slot, the variant the rules pick for each intent and lifecycle stage,
 * and each cell's share of the traffic once visitors have been served.
 */
@ArquillianTest
@RunAsClient
class CoverageBrowserIT extends InBrowser {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    private WebElement cell(String slot, String intent, String lifecycleStage) {
        return driver.findElement(
                By.cssSelector(
                        "section[data-slot='"
                                + slot
                                + "'] td[data-intent='"
                                + intent
                                + "'][data-lifecycle-stage='"
                                + lifecycleStage
                                + "']"));
    }

    @Test
    void eachCellShowsTheVariantTheRulesPick() {
        driver.get(base + "admin/#/surfaces/ecommerce-homepage/coverage");
        wait.until(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("section[data-slot='offer'] td[data-variant]")));

        WebElement loyal = cell("hero", "post-purchase", "loyal-customer");
        assertThat(loyal.getAttribute("data-variant")).isEqualTo("loyalty-message");
        assertThat(loyal.getText()).isNotEqualTo("Default");
        WebElement untargeted = cell("hero", "ready-to-buy", "trial");
        assertThat(untargeted.getAttribute("data-variant")).isEqualTo("seasonal-campaign");
        assertThat(untargeted.getText()).isEqualTo("Default");
        int intents =
                driver.findElements(By.cssSelector("section[data-slot='hero'] thead th")).size()
                        - 1;
        int stages =
                driver.findElements(By.cssSelector("section[data-slot='hero'] tbody th")).size();
        assertThat(intents).isGreaterThanOrEqualTo(4);
        assertThat(stages).isGreaterThanOrEqualTo(6);
        assertThat(
                        driver.findElements(
                                By.cssSelector("section[data-slot='hero'] td[data-variant]")))
                .hasSize(intents * stages);
        Browser.screenshot(driver, "coverage");
    }

    private void resolve(String surface, String intent, String lifecycleStage) {
        Api.Reply page =
                Api.as(base, Credentials.demo("delivery"))
                        .post(
                                "api/v1/surfaces/" + surface + "/resolve",
                                Fixtures.resolve(
                                        "v-traffic-" + UUID.randomUUID(), intent, lifecycleStage));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
    }

    private String shareText(String slot, String intent, String lifecycleStage) {
        return cell(slot, intent, lifecycleStage)
                .findElement(By.cssSelector("span[data-share]"))
                .getText();
    }

    @Test
    void eachCellShowsItsShareOfTrafficOnceVisitorsHaveBeenServed() {
        String key = InReview.surface(base, "traffic");
        Api.Reply published = Publishing.publish(base, key);
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        // published but never served: the matrix says so instead of showing 0 % everywhere
        driver.get(base + "admin/#/surfaces/" + key + "/coverage");
        assertThat(
                        wait.until(
                                        ExpectedConditions.visibilityOfElementLocated(
                                                By.id("no-traffic")))
                                .getText())
                .contains("No decisions for this surface in the last 7 days yet");
        assertThat(driver.findElements(By.cssSelector("td[data-intent] span[data-share]")))
                .isNotEmpty()
                .allMatch(span -> !span.isDisplayed());

        // three ready-to-buy trial visitors and one researching new visitor are served the page;
        // the matrix's own previews must not count
        resolve(key, "ready-to-buy", "trial");
        resolve(key, "ready-to-buy", "trial");
        resolve(key, "ready-to-buy", "trial");
        resolve(key, "research", "new-visitor");
        Api viewer = Api.as(base, Credentials.demo("viewer"));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> viewer.get("api/v1/surfaces/" + key + "/traffic"),
                        r -> r.status() == 200 && r.json().get("decisions").asLong() == 4);

        driver.navigate().refresh();
        WebElement total =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("traffic-total")));
        assertThat(total.getAttribute("data-decisions")).isEqualTo("4");
        assertThat(total.getText()).contains("4 page decisions");
        assertThat(shareText("hero", "ready-to-buy", "trial")).isEqualTo("75 % of traffic");
        assertThat(cell("hero", "ready-to-buy", "trial").getAttribute("data-decisions"))
                .isEqualTo("3");
        assertThat(shareText("offer", "ready-to-buy", "trial")).isEqualTo("75 % of traffic");
        assertThat(shareText("hero", "research", "new-visitor")).isEqualTo("25 % of traffic");
        assertThat(shareText("hero", "research", "trial")).isEqualTo("0 % of traffic");
        // each slot's mix says which variant was served how often, as the log counted it
        JsonNode heroMix =
                viewer.get("api/v1/surfaces/" + key + "/traffic").json().get("slots").get(0);
        assertThat(heroMix.get("slot").asString()).isEqualTo("hero");
        long served = 0;
        for (JsonNode variant : heroMix.get("variants")) {
            served += variant.get("decisions").asLong();
            assertThat(
                            driver.findElement(
                                            By.cssSelector(
                                                    "p[data-slot-mix='hero'] [data-served='"
                                                            + variant.get("variant").asString()
                                                            + "']"))
                                    .getText())
                    .endsWith(Math.round(variant.get("share").asDouble() * 100) + " %");
        }
        assertThat(served).isEqualTo(4);
        Browser.screenshot(driver, "coverage-traffic");

        // the traffic cannot be loaded: the matrix stays, the reason is said, and it can be retried
        driver.executeScript(
                "window.realFetch = window.fetch;"
                        + " window.fetch = (url, options) => String(url).includes('/traffic')"
                        + " ? Promise.reject(new TypeError('offline')) : window.realFetch(url, options);");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("traffic-period")))
                .selectByValue("30");
        wait.until(
                ExpectedConditions.attributeToBe(By.id("traffic-summary"), "data-state", "failed"));
        WebElement summary = driver.findElement(By.id("traffic-summary"));
        assertThat(summary.getText())
                .contains("The traffic share could not be loaded: The server cannot be reached.");
        assertThat(cell("hero", "ready-to-buy", "trial").getAttribute("data-variant"))
                .isEqualTo("buy-now");
        assertThat(
                        driver.findElement(By.cssSelector("td[data-intent] span[data-share]"))
                                .isDisplayed())
                .isFalse();
        driver.executeScript("window.fetch = window.realFetch;");
        driver.findElement(By.id("traffic-retry")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("traffic-total"), "over the last 30 days: 4 page decisions"));
        assertThat(shareText("hero", "research", "new-visitor")).isEqualTo("25 % of traffic");
    }

    @Test
    void theTrafficEndpointNamesWhatIsWrong() {
        Api viewer = Api.as(base, Credentials.demo("viewer"));
        Api.Reply unknown = viewer.get("api/v1/surfaces/no-such-surface-xyz/traffic");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).endsWith("/surface-not-found");

        Api.Reply badSince =
                viewer.get("api/v1/surfaces/ecommerce-homepage/traffic?since=yesterday");
        assertThat(badSince.status()).isEqualTo(400);
        assertThat(badSince.json().get("errors").get(0).get("field").asString()).isEqualTo("since");

        Api.Reply delivery =
                Api.as(base, Credentials.demo("delivery"))
                        .get("api/v1/surfaces/ecommerce-homepage/traffic");
        assertThat(delivery.status()).isEqualTo(403);
    }
}
