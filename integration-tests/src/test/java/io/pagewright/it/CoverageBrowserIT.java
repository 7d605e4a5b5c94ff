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

/**
 * The coverage matrix: per slot, the variant the rules pick for each intent and lifecycle stage.
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
}
