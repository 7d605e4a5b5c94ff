package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Editors' search in the admin UI: words, facet checkboxes with counts, links to the surface. */
@ArquillianTest
@RunAsClient
class SearchBrowserIT extends InBrowser {

    private static final By TOTAL = By.id("search-total");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    private Api api;

    @BeforeEach
    void createApi() {
        api = Api.withAllRoles(base);
    }

    private long total(String query) {
        return api.get("api/v1/search?" + query).json().get("total").asLong();
    }

    private List<WebElement> hits() {
        return driver.findElements(By.cssSelector("tr[data-hit]"));
    }

    @Test
    void aFacetNarrowsTheResultsAndShowsItsCount() {
        driver.get(base + "admin/#/search?surface=ecommerce-homepage");
        wait.until(
                ExpectedConditions.textToBe(
                        TOTAL, total("surface=ecommerce-homepage") + " variants"));
        int everything = hits().size();
        WebElement loyal = driver.findElement(By.id("facet-lifecycleStage-loyal-customer"));
        String label =
                driver.findElement(
                                By.cssSelector("label[for='facet-lifecycleStage-loyal-customer']"))
                        .getText();
        long loyalTotal = total("surface=ecommerce-homepage&lifecycleStage=loyal-customer");
        assertThat(label).isEqualTo("loyal-customer (" + loyalTotal + ")");

        loyal.click();

        wait.until(ExpectedConditions.urlContains("lifecycleStage=loyal-customer"));
        wait.until(ExpectedConditions.textToBe(TOTAL, loyalTotal + " variants"));
        assertThat(loyalTotal).isPositive().isLessThan(everything);
        assertThat(hits()).hasSize((int) loyalTotal);
        assertThat(hits())
                .extracting(row -> row.getAttribute("data-hit"))
                .contains("ecommerce-homepage/hero/loyalty-message")
                .doesNotContain("ecommerce-homepage/hero/seasonal-campaign");
        WebElement box = driver.findElement(By.id("facet-lifecycleStage-loyal-customer"));
        assertThat(box.isSelected()).isTrue();
        assertThat(driver.switchTo().activeElement()).isEqualTo(box);
        Browser.screenshot(driver, "search");

        driver.findElement(
                        By.cssSelector(
                                "tr[data-hit='ecommerce-homepage/hero/loyalty-message'] a[data-surface-link]"))
                .click();
        wait.until(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(
                                "section[data-slot='hero'] tr[data-variant='loyalty-message']")));
    }

    @Test
    void wordsInTheSearchBoxFindContent() {
        driver.get(base + "admin/#/search");
        WebElement box =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-q")));
        box.sendKeys("members", Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("q=members"));
        wait.until(ExpectedConditions.textToBe(TOTAL, total("q=members") + " variants"));
        assertThat(hits())
                .extracting(row -> row.getAttribute("data-hit"))
                .contains("ecommerce-homepage/offer/loyalty-bonus");
    }
}
