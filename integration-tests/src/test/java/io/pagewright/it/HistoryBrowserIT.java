package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The history of a surface: versions with comments, an earlier version, restoring it. */
@ArquillianTest
@RunAsClient
class HistoryBrowserIT extends InBrowser {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    private Api api;

    @BeforeEach
    void createApi() {
        api = Api.withAllRoles(base);
    }

    /** A surface at version 2, whose hero control says "Welcome back" since version 2. */
    private String surfaceWithTwoVersions() {
        String key = Fixtures.uniqueKey("history");
        assertThat(api.post("api/v1/surfaces", Fixtures.surface(key)).status()).isEqualTo(201);
        assertThat(
                        api.put(
                                        "api/v1/surfaces/"
                                                + key
                                                + "/slots/hero/variants/control?comment=warmer%20welcome",
                                        Fixtures.variant("control", "Welcome back", Map.of()),
                                        "\"1\"")
                                .status())
                .isEqualTo(200);
        return key;
    }

    @Test
    void anEarlierVersionIsShownAndRestored() {
        String key = surfaceWithTwoVersions();
        driver.get(base + "admin/#/surfaces/" + key + "/history");

        WebElement newest =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("tr[data-version='2']")));
        assertThat(newest.getText()).contains("warmer welcome").contains("Current");
        assertThat(driver.findElements(By.cssSelector("tr[data-version]")))
                .extracting(r -> r.getAttribute("data-version"))
                .containsExactly("2", "1");
        Browser.screenshot(driver, "history");

        driver.findElement(By.cssSelector("tr[data-version='1'] a")).click();
        WebElement restore =
                wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("button[data-action='restore']")));
        assertThat(
                        driver.findElement(
                                        By.cssSelector(
                                                "section[data-slot='hero'] tr[data-variant='control']"))
                                .getText())
                .contains("Welcome")
                .doesNotContain("Welcome back");
        Browser.screenshot(driver, "history-version");
        restore.click();

        wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("tr[data-version='3']")));
        assertThat(driver.findElement(By.id("notice")).getText()).contains("version 3");
        assertThat(
                        api.get("api/v1/surfaces/" + key + "/slots/hero/variants/control")
                                .json()
                                .get("content")
                                .get("headline")
                                .asString())
                .isEqualTo("Welcome");
    }

    @Test
    void restoringAfterSomeoneElseChangedTheSurfaceIsRefused() {
        String key = surfaceWithTwoVersions();
        driver.get(base + "admin/#/surfaces/" + key + "/history/1");
        WebElement restore =
                wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("button[data-action='restore']")));
        assertThat(
                        api.put(
                                        "api/v1/surfaces/" + key + "/slots/hero/variants/control",
                                        Fixtures.variant("control", "Hello again", Map.of()),
                                        "\"2\"")
                                .status())
                .isEqualTo(200);

        restore.click();

        WebElement alert =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("[data-problem='stale']")));
        assertThat(alert.getText()).contains("Nothing was restored").contains("3");
        assertThat(api.get("api/v1/surfaces/" + key).header("ETag")).contains("\"3\"");
    }
}
