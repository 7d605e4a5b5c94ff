package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
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

/** The top bar counts the open escalations and leads to the queue. */
@ArquillianTest
@RunAsClient
class EscalationCountBrowserIT extends InBrowser {

    private static final By COUNT = By.id("escalation-count");
    private static final String SURFACE = "escalation-test"; // escalates below 5 outcomes (pom)

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    private static long open(Api api) {
        return api.get("api/v1/escalations?status=open&limit=500").json().get("items").size();
    }

    @Test
    void theTopBarCountsOpenEscalationsAndLeadsToTheQueue() {
        Api owner = Api.withAllRoles(base);
        if (owner.get("api/v1/surfaces/" + SURFACE).status() == 404) {
            LearningIT.learningSurface(base, owner, SURFACE);
        }
        driver.get(base + "admin/#/surfaces");
        long before = open(owner);
        wait.until(ExpectedConditions.textToBe(COUNT, String.valueOf(before)));

        // a segment nobody has seen (an intent of its own) escalates: one more open item
        String intent = "count-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode hero =
                owner.post(
                                "api/v1/surfaces/" + SURFACE + "/resolve",
                                Fixtures.resolve("e-" + UUID.randomUUID(), intent, "trial"))
                        .json()
                        .get("slots")
                        .get(0);
        assertThat(hero.get("reason").asString()).startsWith("escalated: ");
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> open(owner), n -> n == before + 1);

        // the count follows on the next screen the person opens
        driver.get(base + "admin/#/search");
        wait.until(ExpectedConditions.textToBe(COUNT, String.valueOf(before + 1)));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-total")));
        WebElement link = driver.findElement(By.id("nav-escalations"));
        assertThat(link.getAttribute("aria-label"))
                .isEqualTo("Escalations, " + (before + 1) + " open");
        assertThat(driver.findElement(COUNT).getAttribute("class")).contains("attention");
        Browser.screenshot(driver, "top-bar-escalations");

        link.click();
        wait.until(ExpectedConditions.urlMatches("#/escalations$"));
        JsonNode item =
                owner
                        .get("api/v1/escalations?status=open&limit=500")
                        .json()
                        .get("items")
                        .values()
                        .stream()
                        .filter(i -> i.get("segment").asString().startsWith(intent))
                        .findFirst()
                        .orElseThrow();
        wait.withMessage(() -> "the queue shows: " + driver.findElement(By.id("view")).getText())
                .until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(
                                        "li.escalation[data-escalation='"
                                                + item.get("id").asString()
                                                + "']")));

        // resolved, it leaves the count
        Api.Reply resolved =
                owner.post(
                        "api/v1/escalations/" + item.get("id").asString() + "/resolve",
                        Map.of("resolution", "keep-default", "comment", "counted in the top bar"));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        driver.get(base + "admin/#/surfaces");
        wait.until(ExpectedConditions.textToBe(COUNT, String.valueOf(open(owner))));
    }

    @Test
    void aViewerSeesTheCountToo() {
        signIn(Credentials.demo("viewer"));
        String expected = String.valueOf(open(Api.as(base, Credentials.demo("viewer"))));
        wait.until(ExpectedConditions.textToBe(COUNT, expected));
        assertThat(driver.findElement(COUNT).isDisplayed()).isTrue();
    }
}
