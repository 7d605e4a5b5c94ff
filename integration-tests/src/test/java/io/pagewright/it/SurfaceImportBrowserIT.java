package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moving a surface through the admin UI: Export downloads it with its component types, Import takes
 * such a file back with progress while the server works, names every error by its path in the
 * document when it refuses, and links to the surface it created. Only editors import.
 */
@ArquillianTest
@RunAsClient
class SurfaceImportBrowserIT extends InBrowser {

    private static final By OUTCOME = By.id("surface-import-outcome");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    private static Path file(String content) {
        try {
            Path file = Files.createTempFile("surface-", ".json");
            Files.writeString(file, content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String createSurface() {
        String key = Fixtures.uniqueKey("export");
        Api.Reply created = Api.withAllRoles(base).post("api/v1/surfaces", Fixtures.surface(key));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return key;
    }

    /** Opens the import screen from the surface list, chooses the file and starts the import. */
    private void importFile(Path file) {
        driver.get(base + "admin/#/surfaces");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("surface-import-open")))
                .sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("surface-import-file")))
                .sendKeys(file.toAbsolutePath().toString());
        // remember whether the progress was on the page, however quick the server is
        driver.executeScript(
                "window.sawProgress = false;"
                        + " new MutationObserver(() => { if (document.getElementById('surface-import-bar'))"
                        + " window.sawProgress = true; })"
                        + ".observe(document.body, { childList: true, subtree: true });");
        driver.findElement(By.id("surface-import-start")).click();
    }

    @Test
    void anEditorExportsASurfaceAndImportsItUnderAnotherKey() {
        String key = createSurface();
        driver.get(base + "admin/#/surfaces/" + key);
        // catch the download: the link the page clicks, and the text of the file behind it
        driver.executeScript(
                "window.downloads = []; const click = HTMLAnchorElement.prototype.click;"
                        + " HTMLAnchorElement.prototype.click = function () {"
                        + " if (this.hasAttribute('download')) fetch(this.href).then((r) => r.text())"
                        + ".then((text) => window.downloads.push({ name: this.download, text }));"
                        + " else click.call(this); };");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("surface-export"))).click();
        wait.until(d -> !((List<?>) driver.executeScript("return window.downloads;")).isEmpty());
        assertThat(driver.executeScript("return window.downloads[0].name;"))
                .isEqualTo(key + ".json");
        JsonNode bundle =
                Api.JSON.readTree(
                        (String) driver.executeScript("return window.downloads[0].text;"));
        assertThat(bundle.get("format").asString()).isEqualTo("pagewright.surface/v1");
        assertThat(bundle.get("surface").get("key").asString()).isEqualTo(key);
        Browser.screenshot(driver, "surface-export");

        String copy = Fixtures.uniqueKey("imported");
        ObjectNode surface = (ObjectNode) bundle.get("surface");
        surface.put("key", copy);
        surface.put("name", "Copy of " + key);
        importFile(file(Api.JSON.writeValueAsString(bundle)));

        wait.until(ExpectedConditions.attributeToBe(OUTCOME, "data-state", "created"));
        assertThat((Boolean) driver.executeScript("return window.sawProgress;")).isTrue();
        assertThat(driver.findElement(OUTCOME).getText())
                .contains("Created the surface Copy of " + key + " (" + copy + "), version 1.");
        WebElement link = driver.findElement(By.id("surface-import-link"));
        assertThat(driver.switchTo().activeElement()).isEqualTo(link);
        Browser.screenshot(driver, "surface-import-done");
        link.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Copy of " + key));
        assertThat(Api.withAllRoles(base).get("api/v1/surfaces/" + copy).status()).isEqualTo(200);
    }

    @Test
    void aRefusedImportNamesEachErrorByItsPathAndChangesNothing() {
        String key = createSurface();
        JsonNode bundle = Api.withAllRoles(base).get("api/v1/surfaces/" + key + "/export").json();
        String copy = Fixtures.uniqueKey("refused");
        ((ObjectNode) bundle.get("surface")).put("key", copy);
        ((ObjectNode) bundle.get("surface").get("slots").get(0)).put("defaultVariant", "nowhere");
        String text = Api.JSON.writeValueAsString(bundle);
        // what the server says about this document, to find every field in the page
        Api.Reply refused = Api.withAllRoles(base).post("api/v1/surfaces/import", text);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        List<String> fields = new java.util.ArrayList<>();
        refused.json().get("errors").values().forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).isNotEmpty();

        importFile(file(text));
        wait.until(ExpectedConditions.attributeToBe(OUTCOME, "data-state", "refused"));
        assertThat(driver.findElement(OUTCOME).getAttribute("role")).isEqualTo("alert");
        assertThat(driver.findElement(OUTCOME).getText()).startsWith("Nothing was imported");
        assertThat(driver.findElements(By.cssSelector("#surface-import-errors li")))
                .extracting(li -> li.getAttribute("data-field"))
                .containsExactlyElementsOf(fields);
        assertThat(driver.findElement(By.id("surface-import-start")).isEnabled()).isTrue();
        assertThat(Api.withAllRoles(base).get("api/v1/surfaces/" + copy).status()).isEqualTo(404);
        Browser.screenshot(driver, "surface-import-refused");
    }

    @Test
    void aViewerCannotImport() {
        signIn(Credentials.demo("viewer"));
        driver.get(base + "admin/#/surfaces");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1")));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Surfaces"));
        assertThat(driver.findElements(By.id("surface-import-open"))).isEmpty();
        driver.get(base + "admin/#/surface-import");
        assertThat(
                        wait.until(
                                        ExpectedConditions.visibilityOfElementLocated(
                                                By.id("surface-import-role")))
                                .getText())
                .isEqualTo("Importing a surface needs the editor role.");
        assertThat(driver.findElements(By.id("surface-import-file"))).isEmpty();
    }
}
