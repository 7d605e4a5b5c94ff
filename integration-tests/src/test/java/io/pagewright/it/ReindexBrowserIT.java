package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * The search index screen: an administrator rebuilds the index and follows its progress until it is
 * done; a rebuild that fails says so with Elasticsearch's reason; others see the state only.
 */
@ArquillianTest
@RunAsClient
class ReindexBrowserIT extends InBrowser {

    private static final By PROGRESS = By.id("reindex-progress");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @Test
    void anAdministratorRebuildsTheIndexAndSeesItsProgressUntilDone() {
        // the panel is drawn again on every answer the screen polls
        wait.ignoring(StaleElementReferenceException.class);
        driver.get(base + "admin/#/search");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("index-link"))).click();
        WebElement start =
                wait.until(ExpectedConditions.elementToBeClickable(By.id("reindex-start")));
        assertThat(
                        driver.findElement(By.cssSelector("header nav a[data-section='search']"))
                                .getAttribute("aria-current"))
                .isEqualTo("page");
        // remember whether the progress bar was ever on the page, however short the rebuild
        driver.executeScript(
                "window.sawProgressBar = false;"
                        + " new MutationObserver(() => { if (document.getElementById('reindex-bar'))"
                        + " window.sawProgressBar = true; })"
                        + ".observe(document.body, { childList: true, subtree: true });");
        start.click();

        // a rebuild re-applies every surface the suite has written so far: allow it minutes
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(300))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(PROGRESS, "data-state", "done"));
        assertThat((Boolean) driver.executeScript("return window.sawProgressBar;")).isTrue();
        JsonNode state = Api.withAllRoles(base).get("api/v1/admin/index").json();
        assertThat(state.get("reindex").get("state").asString()).isEqualTo("done");
        long total = state.get("reindex").get("total").asLong();
        assertThat(total).isPositive();
        assertThat(driver.findElement(PROGRESS).getText())
                .startsWith("The last rebuild applied all " + total + " index updates");
        assertThat(driver.findElement(By.id("reindex-start")).isEnabled()).isTrue();
        // the keyboard focus is back on the button the rebuild was started from
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("reindex-start");
        Browser.screenshot(driver, "reindex-done");
    }

    /**
     * The server's answers are played by the page's fetch so that each step of a rebuild can be
     * looked at: 1 then 3 of 4 updates applied, then a failure with Elasticsearch's reason.
     */
    @Test
    void theProgressBarFollowsTheServerAndAFailureSaysWhy() {
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
        driver.executeScript(
                "window.indexState = { pending: 3, lastError: null, reindex: { state: 'running', total: 4,"
                        + " remaining: 3, startedAt: new Date().toISOString(), finishedAt: null } };"
                        + " const realFetch = window.fetch;"
                        + " window.fetch = (url, options) => String(url).endsWith('/api/v1/admin/index')"
                        + " ? Promise.resolve(new Response(JSON.stringify(window.indexState),"
                        + " { status: 200, headers: { 'Content-Type': 'application/json' } }))"
                        + " : realFetch(url, options);"
                        + " location.hash = '#/index';");
        By bar = By.id("reindex-bar");
        wait.until(ExpectedConditions.attributeToBe(bar, "value", "1"));
        assertThat(driver.findElement(bar).getAttribute("max")).isEqualTo("4");
        assertThat(driver.findElement(By.id("reindex-count")).getText())
                .isEqualTo("1 of 4 index updates applied");
        assertThat(driver.findElement(By.id("reindex-start")).isEnabled()).isFalse();
        Browser.screenshot(driver, "reindex-progress");

        driver.executeScript(
                "window.indexState.reindex.remaining = 1; window.indexState.pending = 1;");
        wait.until(ExpectedConditions.attributeToBe(bar, "value", "3"));
        assertThat(driver.findElement(By.id("reindex-count")).getText())
                .isEqualTo("3 of 4 index updates applied");

        driver.executeScript(
                "window.indexState = { pending: 1, lastError: 'index_not_found_exception: no such index',"
                        + " reindex: { state: 'failed', total: 4, remaining: 1,"
                        + " startedAt: window.indexState.reindex.startedAt,"
                        + " finishedAt: new Date().toISOString() } };");
        wait.until(ExpectedConditions.attributeToBe(PROGRESS, "data-state", "failed"));
        WebElement failure = driver.findElement(PROGRESS);
        assertThat(failure.getAttribute("role")).isEqualTo("alert");
        assertThat(failure.getText())
                .contains("The last rebuild stopped with 1 of 4 index updates not applied")
                .contains("Elasticsearch said: index_not_found_exception: no such index");
        assertThat(driver.findElements(bar)).isEmpty();
        assertThat(driver.findElement(By.id("reindex-start")).isEnabled()).isTrue();
        Browser.screenshot(driver, "reindex-failed");
    }

    @Test
    void someoneWhoIsNotAnAdministratorSeesTheStateButCannotRebuild() {
        signIn(Credentials.demo("viewer"));
        driver.get(base + "admin/#/index");
        assertThat(
                        wait.until(
                                        ExpectedConditions.visibilityOfElementLocated(
                                                By.id("reindex-role")))
                                .getText())
                .contains("needs the admin role");
        assertThat(driver.findElements(By.id("reindex-start"))).isEmpty();
        assertThat(driver.findElement(By.id("index-pending")).getText()).matches("\\d+");
    }
}
