package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Preview as a visitor: the page the engine assembles for the chosen intent and lifecycle stage.
 */
@ArquillianTest
@RunAsClient
class PreviewBrowserIT extends InBrowser {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    private void preview(String intent, String lifecycleStage) {
        driver.get(base + "admin/#/surfaces/ecommerce-homepage/preview");
        Select intents =
                new Select(
                        wait.until(
                                ExpectedConditions.visibilityOfElementLocated(
                                        By.id("preview-intent"))));
        if (intent != null) {
            intents.selectByValue(intent);
        }
        if (lifecycleStage != null) {
            new Select(driver.findElement(By.id("preview-lifecycleStage")))
                    .selectByValue(lifecycleStage);
        }
        new Select(driver.findElement(By.id("preview-device"))).selectByValue("mobile");
        driver.findElement(By.cssSelector("form.preview-form button[type='submit']")).click();
    }

    @Test
    void aLoyalCustomerSeesTheLoyaltyMessage() {
        preview("post-purchase", "loyal-customer");

        WebElement hero =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("article[data-slot='hero']")));
        assertThat(hero.getAttribute("data-variant")).isEqualTo("loyalty-message");
        assertThat(hero.getText())
                .contains("Welcome back - thank you for shopping with us")
                .contains("Why:")
                .doesNotContain("Default");
        assertThat(driver.findElements(By.cssSelector("article[data-slot]")))
                .extracting(a -> a.getAttribute("data-slot"))
                .containsExactly("hero", "category-tiles", "recommendation-rail", "offer");
        Browser.screenshot(driver, "preview");
    }

    @Test
    void aVisitorWeKnowNothingAboutGetsTheDefaults() {
        preview(null, null);

        WebElement hero =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("article[data-slot='hero']")));
        assertThat(hero.getAttribute("data-variant")).isEqualTo("seasonal-campaign");
        assertThat(hero.findElement(By.cssSelector(".badge.default")).getText())
                .isEqualTo("Default");
    }
}
