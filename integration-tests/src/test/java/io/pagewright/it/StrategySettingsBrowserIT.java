package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * A slot's strategy in the admin UI: the surface shows it per slot; the settings form is generated
 * from GET /api/v1/strategies, a value the server refuses is named next to its field, and a valid
 * one is saved through the slot's PUT.
 */
@ArquillianTest
@RunAsClient
class StrategySettingsBrowserIT extends InBrowser {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    /** The bandit setting the test types into, as GET /api/v1/strategies describes it. */
    private JsonNode explorationFloor() {
        for (JsonNode strategy :
                Api.withAllRoles(base).get("api/v1/strategies").json().get("items").values()) {
            if (strategy.get("id").asString().equals("bandit")) {
                for (JsonNode setting : strategy.get("settings").values()) {
                    if (setting.get("name").asString().equals("explorationFloor")) {
                        return setting;
                    }
                }
            }
        }
        throw new AssertionError("the bandit strategy describes no explorationFloor");
    }

    @Test
    void anEditorSetsABanditSlotsSettingsAndSeesTheServersErrorNextToTheField() {
        JsonNode setting = explorationFloor();
        String key = Fixtures.uniqueKey("strategy");
        Api api = Api.withAllRoles(base);
        assertThat(api.post("api/v1/surfaces", Fixtures.surface(key)).status()).isEqualTo(201);

        driver.get(base + "admin/#/surfaces/" + key);
        By line = By.cssSelector("[data-slot='hero'] .strategy-line");
        assertThat(
                        wait.until(ExpectedConditions.visibilityOfElementLocated(line))
                                .getAttribute("data-strategy"))
                .isEqualTo("rules");
        driver.findElement(By.cssSelector("[data-slot='hero'] a[data-action='strategy']"))
                .sendKeys(Keys.ENTER);

        WebElement strategy =
                wait.until(ExpectedConditions.elementToBeClickable(By.id("strategy-id")));
        assertThat(driver.findElement(By.id("no-settings")).getText())
                .isEqualTo("This strategy has no settings.");
        new Select(strategy).selectByValue("bandit");
        WebElement floor =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.id("setting-explorationFloor")));
        assertThat(
                        driver.findElement(By.cssSelector("label[for='setting-explorationFloor']"))
                                .getText())
                .isEqualTo(setting.get("label").asString());
        assertThat(floor.getAttribute("max")).isNotEmpty();
        double tooHigh = setting.get("maximum").asDouble() + 1;
        floor.sendKeys(String.valueOf(tooHigh));
        driver.findElement(By.id("strategy-save")).click();

        By error = By.cssSelector("[data-error-for='strategySettings.explorationFloor']");
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(error));
        assertThat(message.getText()).isNotBlank();
        assertThat(floor.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(floor.getAttribute("aria-describedby")).contains(message.getAttribute("id"));
        assertThat(driver.switchTo().activeElement()).isEqualTo(floor);
        JsonNode unchanged = api.get("api/v1/surfaces/" + key + "/slots/hero").json();
        assertThat(
                        unchanged.hasNonNull("strategy")
                                ? unchanged.get("strategy").asString()
                                : "rules")
                .as("nothing is saved")
                .isEqualTo("rules");
        Browser.screenshot(driver, "strategy-settings-error");

        floor.clear();
        floor.sendKeys("0.2");
        driver.findElement(By.id("strategy-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(
                        wait.until(ExpectedConditions.visibilityOfElementLocated(line))
                                .getAttribute("data-strategy"))
                .isEqualTo("bandit");
        assertThat(driver.findElement(line).getText()).contains("explorationFloor 0.2");
        JsonNode slot = api.get("api/v1/surfaces/" + key + "/slots/hero").json();
        assertThat(slot.get("strategy").asString()).isEqualTo("bandit");
        assertThat(slot.get("strategySettings").get("explorationFloor").asDouble()).isEqualTo(0.2);
    }

    @Test
    void aViewerReadsTheStrategyButCannotChangeIt() {
        String key = Fixtures.uniqueKey("strategy");
        assertThat(Api.withAllRoles(base).post("api/v1/surfaces", Fixtures.surface(key)).status())
                .isEqualTo(201);
        signIn(Credentials.demo("viewer"));
        driver.get(base + "admin/#/surfaces/" + key + "/slots/hero/strategy");
        assertThat(
                        wait.until(
                                        ExpectedConditions.visibilityOfElementLocated(
                                                By.id("strategy-role")))
                                .getText())
                .isEqualTo("Changing a slot's strategy needs the editor role.");
        assertThat(driver.findElement(By.id("strategy-id")).isEnabled()).isFalse();
        assertThat(driver.findElements(By.id("strategy-save"))).isEmpty();
    }
}
