package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The workflow from the surface screen: an editor adds a variant and submits it, a reviewer
 * approves and publishes it, visitors get it; a viewer sees no action; the history shows the audit
 * trail and rolls back to an earlier published version.
 */
@ArquillianTest
@RunAsClient
class PublishingBrowserIT extends InBrowser {

    private static final By STATE = By.id("workflow-state");
    private static final By NOTICE = By.id("notice");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    private void openSurface(String key) {
        driver.get(base + "admin/#/surfaces/" + key);
        wait.until(ExpectedConditions.visibilityOfElementLocated(STATE));
    }

    private By stage(String stage) {
        return By.cssSelector("#workflow-state[data-stage='" + stage + "']");
    }

    @Test
    void anEditorsVariantIsApprovedPublishedAndServedToAMatchingVisitor() {
        String key = InReview.surface(base, "flow");
        InReview.switchUser(this, Credentials.demo("editor"));
        openSurface(key);
        driver.findElement(By.cssSelector("section[data-slot='hero'] a[data-action='add-variant']"))
                .click();
        wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("[data-field='key'] input")))
                .sendKeys("research-help");
        driver.findElement(By.cssSelector("[data-field='name'] input")).sendKeys("Research help");
        driver.findElement(By.cssSelector("[data-field='content.headline'] input"))
                .sendKeys("Compare our jackets side by side");
        driver.findElement(By.cssSelector("[data-field='tags.intents'] input[value='research']"))
                .click();
        driver.findElement(By.cssSelector("form button[type='submit']")).click();

        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(NOTICE)).getText())
                .contains("version 2");
        wait.until(ExpectedConditions.visibilityOfElementLocated(stage("draft")));
        assertThat(driver.findElement(STATE).getText()).contains("not submitted for review");
        driver.findElement(By.cssSelector("form[data-form='submit'] textarea"))
                .sendKeys("A hero for researchers");
        driver.findElement(By.cssSelector("button[data-action='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(stage("in-review")));
        assertThat(driver.findElement(STATE).getText())
                .contains("Still needed")
                .contains("A hero for researchers");
        assertThat(driver.findElements(By.cssSelector("button[data-action='approve']"))).isEmpty();
        Browser.screenshot(driver, "surface-in-review");

        InReview.switchUser(this, Credentials.demo("reviewer"));
        openSurface(key);
        assertThat(driver.findElements(By.cssSelector("[data-action='add-variant']"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("[data-action='edit']"))).isEmpty();
        driver.findElement(By.cssSelector("a[data-link='review']")).click();
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("button[data-action='approve']")))
                .click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(NOTICE)).getText())
                .contains("approved");

        openSurface(key);
        wait.until(ExpectedConditions.visibilityOfElementLocated(stage("approved")));
        Browser.screenshot(driver, "surface-approved");
        driver.findElement(By.cssSelector("button[data-action='publish']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(stage("published")));
        assertThat(driver.findElement(By.cssSelector("[data-fact='published']")).getText())
                .isEqualTo("version 2");

        driver.get(base + "admin/#/surfaces/" + key + "/preview");
        new Select(
                        wait.until(
                                ExpectedConditions.visibilityOfElementLocated(
                                        By.id("preview-intent"))))
                .selectByValue("research");
        driver.findElement(By.cssSelector("form.preview-form button[type='submit']")).click();
        WebElement hero =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("article[data-slot='hero']")));
        assertThat(hero.getAttribute("data-variant")).isEqualTo("research-help");
        assertThat(hero.getText()).contains("Compare our jackets side by side");

        driver.get(base + "admin/#/surfaces/" + key + "/coverage");
        WebElement cell =
                wait.until(
                        ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector(
                                        "section[data-slot='hero'] td[data-intent='research'][data-lifecycle-stage='new-visitor']")));
        assertThat(cell.getAttribute("data-variant")).isEqualTo("research-help");
        assertThat(cell.getText()).isEqualTo("Research help");
    }

    @Test
    void aScheduleNeedsATimeAndAnArchiveTakesTheSurfaceOffline() {
        String key = InReview.surface(base, "schedule");
        Api.Reply published = Publishing.publish(base, key);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        Api author = Api.withAllRoles(base);
        assertThat(
                        author.put(
                                        "api/v1/surfaces/" + key + "/slots/hero/variants/control",
                                        Fixtures.variant("control", "Hello again", Map.of()),
                                        "\"1\"")
                                .status())
                .isEqualTo(200);
        assertThat(author.post("api/v1/surfaces/" + key + "/versions/2/submit", Map.of()).status())
                .isEqualTo(200);
        assertThat(
                        Api.as(base, Publishing.approver(base))
                                .post("api/v1/surfaces/" + key + "/versions/2/approve", Map.of())
                                .status())
                .isEqualTo(200);
        openSurface(key);
        wait.until(ExpectedConditions.visibilityOfElementLocated(stage("approved")));

        driver.findElement(By.cssSelector("button[data-action='schedule']")).click();
        WebElement error =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("[data-field='publishAt'] .field-error")));
        assertThat(error.getText()).contains("Choose when");
        assertThat(InReview.stage(base, key, 2)).isEqualTo("approved");

        driver.findElement(By.cssSelector("details.archive summary")).click();
        driver.findElement(By.cssSelector("button[data-action='archive']")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(NOTICE)).getText())
                .contains("archived");
        wait.until(
                ExpectedConditions.textToBe(
                        By.cssSelector("[data-fact='published']"), "nothing published"));
        assertThat(
                        author.post(
                                        "api/v1/surfaces/" + key + "/resolve",
                                        Fixtures.resolve("v-1", null, null))
                                .status())
                .isEqualTo(404);
    }

    @Test
    void aViewerSeesTheWorkflowButNoActions() {
        String key =
                InReview.submitted(
                        base, "viewer", "hero", InReview.heroVariant("look", "Just looking"));
        InReview.switchUser(this, Credentials.demo("viewer"));

        openSurface(key);
        wait.until(ExpectedConditions.visibilityOfElementLocated(stage("in-review")));
        assertThat(driver.findElements(By.cssSelector("#view [data-action]"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#view form"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#view button"))).isEmpty();

        driver.get(base + "admin/#/reviews/" + key + "/2");
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("table[data-diff='changes']")));
        assertThat(driver.findElements(By.cssSelector("#view button"))).isEmpty();

        driver.get(base + "admin/#/surfaces/" + key + "/history");
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("tr[data-version='2']")));
        assertThat(driver.findElements(By.cssSelector("#view button"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#view details.rollback"))).isEmpty();
        Browser.screenshot(driver, "viewer-history");

        driver.get(base + "admin/#/surfaces/" + key + "/slots/hero/variants/control");
        assertThat(
                        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-role")))
                                .getText())
                .contains("editor role");
    }

    @Test
    void theHistoryShowsTheAuditTrailAndRollsBackToAnEarlierPublishedVersion() {
        String key = InReview.surface(base, "rollback");
        assertThat(Publishing.publish(base, key).status()).isEqualTo(200);
        Api author = Api.withAllRoles(base);
        assertThat(
                        author.put(
                                        "api/v1/surfaces/"
                                                + key
                                                + "/slots/hero/variants/control?comment=warmer",
                                        Fixtures.variant("control", "Welcome back", Map.of()),
                                        "\"1\"")
                                .status())
                .isEqualTo(200);
        assertThat(Publishing.publish(base, key).status()).isEqualTo(200);

        driver.get(base + "admin/#/surfaces/" + key + "/history");
        WebElement second =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("tr[data-version='2']")));
        assertThat(second.findElements(By.cssSelector("[data-audit]")))
                .extracting(e -> e.getAttribute("data-audit"))
                .contains("changed", "submitted", "approved", "published");
        assertThat(second.getText()).contains("it-approver").contains("Live");
        assertThat(second.findElements(By.cssSelector("details.rollback"))).isEmpty();
        WebElement changed = second.findElement(By.cssSelector("[data-audit='changed']"));
        changed.findElement(By.cssSelector("summary")).click();
        assertThat(changed.findElement(By.cssSelector("table[data-diff='changes']")).getText())
                .contains("Welcome back");
        Browser.screenshot(driver, "history-audit");

        WebElement first = driver.findElement(By.cssSelector("tr[data-version='1']"));
        first.findElement(By.cssSelector("details.rollback summary")).click();
        first.findElement(By.cssSelector("button[data-action='rollback']")).click();

        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(NOTICE)).getText())
                .contains("Version 1 is live again, as version 3");
        assertThat(
                        author.get("api/v1/surfaces/" + key + "/workflow")
                                .json()
                                .get("publishedVersion")
                                .asLong())
                .isEqualTo(3);
        assertThat(driver.findElement(By.cssSelector("tr[data-version='3']")).getText())
                .contains("Live");
    }
}
