package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import tools.jackson.databind.JsonNode;

/** The variant editor: a form from the component type, saved under If-Match, errors by field. */
@ArquillianTest
@RunAsClient
class VariantEditorBrowserIT extends InBrowser {

    private static final By HEADLINE = By.cssSelector("[data-field='content.headline'] input");
    private static final By SAVE = By.cssSelector("form button[type='submit']");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    private Api api;

    @BeforeEach
    void createApi() {
        api = Api.withAllRoles(base);
    }

    private String createSurface() {
        String key = Fixtures.uniqueKey("editor");
        assertThat(api.post("api/v1/surfaces", Fixtures.surface(key)).status()).isEqualTo(201);
        return key;
    }

    private WebElement openEditor(String surface, String slot, String variant) {
        driver.get(
                base + "admin/#/surfaces/" + surface + "/slots/" + slot + "/variants/" + variant);
        return wait.until(ExpectedConditions.visibilityOfElementLocated(HEADLINE));
    }

    private JsonNode variant(String surface, String slot, String variant) {
        return api.get("api/v1/surfaces/" + surface + "/slots/" + slot + "/variants/" + variant)
                .json();
    }

    @Test
    void anEditorChangesAHeadlineAndTheNewVersionShows() {
        String key = createSurface();
        WebElement headline = openEditor(key, "hero", "buy-now");
        assertThat(headline.getAttribute("value")).isEqualTo("Ready when you are");
        assertThat(
                        driver.findElement(
                                        By.cssSelector(
                                                "[data-field='tags.intents'] input[value='ready-to-buy']"))
                                .isSelected())
                .isTrue();
        Browser.screenshot(driver, "variant-editor");

        headline.clear();
        headline.sendKeys("Spring is here");
        driver.findElement(
                        By.cssSelector("[data-field='tags.lifecycleStages'] input[value='trial']"))
                .click();
        driver.findElement(SAVE).click();

        WebElement notice =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(notice.getText()).contains("version 2");
        assertThat(driver.findElement(By.id("surface-version")).getText()).contains("version 2");
        assertThat(
                        driver.findElement(
                                        By.cssSelector(
                                                "section[data-slot='hero'] tr[data-variant='buy-now']"))
                                .getText())
                .contains("Spring is here")
                .contains("lifecycle stage: trial");
        JsonNode saved = variant(key, "hero", "buy-now");
        assertThat(saved.get("content").get("headline").asString()).isEqualTo("Spring is here");
        assertThat(saved.get("tags").get("intents").get(0).asString()).isEqualTo("ready-to-buy");
        assertThat(api.get("api/v1/surfaces/" + key).header("ETag")).contains("\"2\"");
    }

    @Test
    void aHeadlineOverTheComponentTypesLimitIsShownNextToItsField() {
        String key = createSurface();
        WebElement headline = openEditor(key, "hero", "control");
        headline.clear();
        headline.sendKeys("x".repeat(81));
        driver.findElement(SAVE).click();

        WebElement error =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("[data-field='content.headline'] .field-error")));
        assertThat(error.getText()).containsIgnoringCase("80");
        assertThat(headline.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(headline.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
        assertThat(driver.findElement(By.cssSelector("[role='alert']")).getText())
                .contains("Nothing was saved");
        assertThat(driver.switchTo().activeElement()).isEqualTo(headline);
        assertThat(variant(key, "hero", "control").get("content").get("headline").asString())
                .isEqualTo("Welcome");
        Browser.screenshot(driver, "variant-editor-error");
    }

    @Test
    void theHeroSlotsBrandRuleIsShownNextToTheHeadline() {
        WebElement headline = openEditor("ecommerce-homepage", "hero", "seasonal-campaign");
        headline.clear();
        headline.sendKeys(
                "A headline of seventy characters, which the hero slot's brand rule bars");
        driver.findElement(SAVE).click();

        WebElement error =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("[data-field='content.headline'] .field-error")));
        assertThat(error.getText()).contains("60");
        assertThat(headline.getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void markupInAHeadlineIsSavedAndShownAsText() {
        String key = createSurface();
        String markup = "<img src=x onerror=\"document.title='owned'\"><b>bold</b>";
        WebElement headline = openEditor(key, "hero", "control");
        headline.clear();
        headline.sendKeys(markup);
        driver.findElement(SAVE).click();

        WebElement row =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(
                                        "section[data-slot='hero'] tr[data-variant='control']")));
        assertThat(row.getText()).contains(markup);
        assertThat(driver.findElements(By.cssSelector("#view img"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#view b"))).isEmpty();
        assertThat(driver.getTitle()).isEqualTo("Pagewright");

        assertThat(openEditor(key, "hero", "control").getAttribute("value")).isEqualTo(markup);
        assertThat(driver.getTitle()).isEqualTo("Pagewright");
    }

    @Test
    void aChangeBasedOnAStaleVersionSaysSoAndOffersAReload() {
        String key = createSurface();
        WebElement headline = openEditor(key, "hero", "control");
        Map<String, Object> meanwhile = Fixtures.variant("control", "Changed meanwhile", Map.of());
        assertThat(
                        api.put(
                                        "api/v1/surfaces/" + key + "/slots/hero/variants/control",
                                        meanwhile,
                                        "\"1\"")
                                .status())
                .isEqualTo(200);

        headline.clear();
        headline.sendKeys("My change");
        driver.findElement(SAVE).click();

        WebElement alert =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("[data-problem='stale']")));
        assertThat(alert.getText()).contains("version 2").contains("Nothing was saved");
        Browser.screenshot(driver, "variant-editor-stale");
        alert.findElement(By.cssSelector("button[data-action='stale']")).click();

        wait.until(ExpectedConditions.attributeToBe(HEADLINE, "value", "Changed meanwhile"));
        assertThat(driver.findElement(By.id("view")).getText()).contains("surface version 2");
    }

    @Test
    void aNewVariantIsAddedWithTheSameForm() {
        String key = createSurface();
        driver.get(base + "admin/#/surfaces/" + key);
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector(
                                        "section[data-slot='offer'] a[data-action='add-variant']")))
                .click();

        wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("[data-field='key'] input")))
                .sendKeys("research-help");
        driver.findElement(By.cssSelector("[data-field='name'] input")).sendKeys("Research help");
        assertThat(
                        new org.openqa.selenium.support.ui.Select(
                                        driver.findElement(
                                                By.cssSelector(
                                                        "[data-field='componentType'] select")))
                                .getFirstSelectedOption()
                                .getAttribute("value"))
                .isEqualTo("hero-banner");
        driver.findElement(HEADLINE).sendKeys("Compare our jackets side by side");
        driver.findElement(By.cssSelector("[data-field='tags.intents'] input[value='research']"))
                .click();
        Browser.screenshot(driver, "variant-add");
        driver.findElement(SAVE).click();

        WebElement row =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(
                                        "section[data-slot='offer'] tr[data-variant='research-help']")));
        assertThat(row.getText()).contains("Research help").contains("intent: research");
        JsonNode added = variant(key, "offer", "research-help");
        assertThat(added.get("componentType").asString()).isEqualTo("hero-banner");
        assertThat(List.of(added.get("tags").get("intents").get(0).asString()))
                .containsExactly("research");
    }

    /** A 3 × 2 pixel PNG, as an image host would serve it. */
    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anImageFieldPreviewsItsAddressAndSaysWhenTheImageDoesNotLoad() throws Exception {
        byte[] png = png();
        com.sun.net.httpserver.HttpServer images =
                com.sun.net.httpserver.HttpServer.create(
                        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        images.createContext(
                "/",
                exchange -> {
                    boolean found = exchange.getRequestURI().getPath().equals("/hero.png");
                    exchange.getResponseHeaders()
                            .set("Content-Type", found ? "image/png" : "text/plain");
                    exchange.sendResponseHeaders(found ? 200 : 404, found ? png.length : -1);
                    if (found) {
                        exchange.getResponseBody().write(png);
                    }
                    exchange.close();
                });
        images.start();
        try {
            String host = "http://127.0.0.1:" + images.getAddress().getPort();
            String key = createSurface();
            openEditor(key, "hero", "buy-now");
            WebElement src =
                    driver.findElement(
                            By.cssSelector(
                                    "fieldset[data-field='content.image'] [data-field='content.image.src'] input"));
            By statusLocator =
                    By.cssSelector("fieldset[data-field='content.image'] [data-image-status]");
            By previewLocator =
                    By.cssSelector("fieldset[data-field='content.image'] img[data-image-preview]");
            assertThat(driver.findElement(statusLocator).isDisplayed()).isFalse();

            src.sendKeys(host + "/hero.png");
            wait.until(
                    ExpectedConditions.attributeToBe(statusLocator, "data-image-status", "loaded"));
            assertThat(driver.findElement(statusLocator).getText())
                    .isEqualTo("Preview of the image, 3 × 2 pixels.");
            WebElement preview = driver.findElement(previewLocator);
            assertThat(preview.isDisplayed()).isTrue();
            assertThat(preview.getAttribute("src")).isEqualTo(host + "/hero.png");
            assertThat(src.getAttribute("aria-describedby"))
                    .isEqualTo(driver.findElement(statusLocator).getAttribute("id"));
            Browser.screenshot(driver, "variant-editor-image-preview");

            // an address that answers 404: no broken image, a message that says so
            src.clear();
            src.sendKeys(host + "/missing.png");
            wait.until(
                    ExpectedConditions.attributeToBe(statusLocator, "data-image-status", "failed"));
            assertThat(driver.findElement(statusLocator).getText())
                    .startsWith("The image could not be loaded from this address.");
            assertThat(driver.findElement(previewLocator).isDisplayed()).isFalse();
            Browser.screenshot(driver, "variant-editor-image-broken");

            // an address that is not on the web is not fetched at all
            src.clear();
            src.sendKeys("ftp://example.org/hero.png");
            wait.until(
                    ExpectedConditions.attributeToBe(
                            statusLocator, "data-image-status", "unsupported"));
            assertThat(driver.findElement(statusLocator).getText()).startsWith("No preview:");
            assertThat(driver.findElement(previewLocator).getAttribute("src")).isNull();
        } finally {
            images.stop(0);
        }
    }
}
