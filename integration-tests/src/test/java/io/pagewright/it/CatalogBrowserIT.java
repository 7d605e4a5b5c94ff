package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The catalog screen: browse, search and page the product catalog, open an item, delete it; import
 * a file from the browser in chunks of 5,000 with a progress bar, a refused chunk naming the lines
 * of its bad items, and a cancel between chunks. Editors' text is shown as text; viewers only read.
 */
@ArquillianTest
@RunAsClient
class CatalogBrowserIT extends InBrowser {

    private static final By OUTCOME = By.id("import-outcome");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    /** A category no other test uses: its items are exactly the ones this test imported. */
    private static String category() {
        return "ui-import-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Unavailable items: never recommended, so these imports do not change other tests' rails. */
    private static Map<String, Object> item(String id, String category, String title) {
        Map<String, Object> item = new HashMap<>();
        item.put("id", id);
        item.put("title", title);
        item.put("category", category);
        item.put("available", false);
        return item;
    }

    private static Path file(String suffix, String content) {
        try {
            Path file = Files.createTempFile("catalog-", suffix);
            Files.writeString(file, content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ndjson(List<Map<String, Object>> items) {
        StringBuilder lines = new StringBuilder();
        for (Map<String, Object> item : items) {
            lines.append(Api.JSON.writeValueAsString(item)).append('\n');
        }
        return lines.toString();
    }

    private void openCatalog() {
        driver.get(base + "admin/#/catalog");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catalog-q")));
    }

    private void chooseAndImport(Path file) {
        driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("import-start")).click();
    }

    /** Counts the import requests the page sends. */
    private void countImportRequests() {
        driver.executeScript(
                "window.importRequests = 0; const realFetch = window.fetch;"
                        + " window.fetch = (url, options) => {"
                        + " if (String(url).endsWith('/api/v1/catalog/items') && options?.method === 'POST')"
                        + " window.importRequests++;"
                        + " return realFetch(url, options); };");
    }

    /** Counts the import requests and holds each until {@link #release} lets it go. */
    private void holdImportRequests() {
        driver.executeScript(
                "window.importRequests = 0; const realFetch = window.fetch;"
                        + " window.fetch = (url, options) => {"
                        + " if (!(String(url).endsWith('/api/v1/catalog/items') && options?.method === 'POST'))"
                        + " return realFetch(url, options);"
                        + " window.importRequests++;"
                        + " return new Promise((go) => { window.release = go; })"
                        + ".then(() => realFetch(url, options)); };");
    }

    /**
     * Waits until the page has sent (and the test holds) the n-th import request, then lets it go.
     */
    private void release(long request) {
        wait.until(d ->
                Long.valueOf(request)
                        .equals(driver.executeScript("return window.importRequests;")));
        driver.executeScript("window.release();");
    }

    private void openCatalogFromTheTopBar() {
        driver.findElement(By.cssSelector("header nav a[data-section='catalog']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catalog-q")));
    }

    /** Leaves the Catalog screen for the Surfaces screen through the top bar. */
    private void goToSurfaces() {
        driver.findElement(By.cssSelector("header nav a[data-section='surfaces']")).click();
        wait.until(
                ExpectedConditions.attributeToBe(
                        By.cssSelector("header nav a[data-section='surfaces']"),
                        "aria-current",
                        "page"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("import-file")));
    }

    private long total(String category) {
        return Api.withAllRoles(base)
                .get("api/v1/catalog/items?size=1&category=" + category)
                .json()
                .get("total")
                .asLong();
    }

    @Test
    void anEditorImportsAFileInChunksAndTheProgressReachesTheEnd() {
        String category = category();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            items.add(item(category + "-" + i, category, "Imported item " + i));
        }
        openCatalog();
        countImportRequests();
        chooseAndImport(file(".ndjson", ndjson(items)));

        wait.until(ExpectedConditions.attributeToBe(OUTCOME, "data-state", "done"));
        assertThat(driver.findElement(By.id("import-count")).getText())
                .isEqualTo("10,001 of 10,001 items imported");
        WebElement bar = driver.findElement(By.id("import-bar"));
        assertThat(bar.getAttribute("value")).isEqualTo("10001");
        assertThat(bar.getAttribute("max")).isEqualTo("10001");
        assertThat(driver.findElement(OUTCOME).getText())
                .isEqualTo("Imported all 10,001 items in 3 requests.");
        assertThat((Long) driver.executeScript("return window.importRequests;")).isEqualTo(3L);
        assertThat(total(category)).isEqualTo(10_001);
        Browser.screenshot(driver, "catalog-import-done");

        // search by category with the keyboard, then page on
        driver.findElement(By.id("import-show")).click();
        WebElement field =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(By.id("catalog-category")));
        field.sendKeys(category, Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("catalog-total"), "data-total", "10001"));
        assertThat(driver.findElement(By.id("catalog-total")).getText())
                .isEqualTo("Items 1 to 20 of 10,001");
        assertThat(driver.findElements(By.cssSelector("#catalog-items tbody tr"))).hasSize(20);
        driver.findElement(By.id("catalog-next")).click();
        wait.until(ExpectedConditions.textToBe(By.id("catalog-total"), "Items 21 to 40 of 10,001"));
        assertThat(driver.findElement(By.id("catalog-previous")).isDisplayed()).isTrue();
        Browser.screenshot(driver, "catalog-list");
    }

    @Test
    void aRefusedChunkNamesTheLinesOfItsBadItemsAndSaysWhatWasAlreadyImported() {
        String category = category();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 5_003; i++) {
            items.add(item(category + "-" + i, category, "Item " + i));
        }
        items.get(5_001).put("title", "");
        items.get(5_002).put("category", "Not A Key");
        // a blank second line: line numbers are not item numbers
        String text = ndjson(items).replaceFirst("\n", "\n\n");
        openCatalog();
        chooseAndImport(file(".ndjson", text));

        wait.until(ExpectedConditions.attributeToBe(OUTCOME, "data-state", "refused"));
        WebElement outcome = driver.findElement(OUTCOME);
        assertThat(outcome.getAttribute("role")).isEqualTo("alert");
        assertThat(outcome.getText())
                .contains("The server refused chunk 2 of 2 (items 5,001 to 5,003)")
                .contains("Chunk 1 of 2 (items 1 to 5,000 of the file) was already imported.")
                .contains("sending the whole file again is safe");
        // item 5,002 (index 5,001) stands on line 5,003 because of the blank line
        assertThat(
                        driver.findElement(By.cssSelector("#import-errors li[data-place='5003']"))
                                .getText())
                .startsWith("Line 5,003: title");
        assertThat(
                        driver.findElement(By.cssSelector("#import-errors li[data-place='5004']"))
                                .getText())
                .startsWith("Line 5,004: category");
        assertThat(driver.findElement(By.id("import-count")).getText())
                .isEqualTo("5,000 of 5,003 items imported");
        Api api = Api.withAllRoles(base);
        assertThat(api.get("api/v1/catalog/items/" + category + "-4999").status()).isEqualTo(200);
        assertThat(api.get("api/v1/catalog/items/" + category + "-5000").status())
                .as("nothing of the refused chunk is written")
                .isEqualTo(404);
        Browser.screenshot(driver, "catalog-import-refused");
    }

    /** 5,000 items of about 1 KB are over the server's 4 MiB body limit: the page sends halves. */
    @Test
    void aChunkOverTheBodyLimitIsSentInHalves() {
        String category = category();
        String url = "/products/" + "x".repeat(900);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 5_001; i++) {
            Map<String, Object> item = item(category + "-" + i, category, "Item " + i);
            item.put("url", url + i);
            items.add(item);
        }
        openCatalog();
        countImportRequests();
        chooseAndImport(file(".json", Api.JSON.writeValueAsString(items)));

        wait.until(ExpectedConditions.attributeToBe(OUTCOME, "data-state", "done"));
        assertThat(driver.findElement(OUTCOME).getText())
                .isEqualTo("Imported all 5,001 items in 3 requests.");
        assertThat((Long) driver.executeScript("return window.importRequests;"))
                .as("one refused as too large, then 2,500 + 2,500 + 1")
                .isEqualTo(4L);
        assertThat(total(category)).isEqualTo(5_001);
    }

    @Test
    void cancelStopsTheImportBetweenChunks() {
        String category = category();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 5_001; i++) {
            items.add(item(category + "-" + i, category, "Item " + i));
        }
        openCatalog();
        holdImportRequests();
        chooseAndImport(file(".json", Api.JSON.writeValueAsString(Map.of("items", items))));
        wait.until(
                d -> Long.valueOf(1).equals(driver.executeScript("return window.importRequests;")));
        assertThat(driver.findElement(By.id("import-count")).getText())
                .isEqualTo("0 of 5,001 items imported");
        // a search while the import runs keeps the progress and the cancel button on the screen
        driver.findElement(By.id("catalog-category")).sendKeys(category, Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("catalog-total"), "data-total", "0"));
        assertThat(driver.findElement(By.id("import-count")).getText())
                .isEqualTo("0 of 5,001 items imported");
        WebElement cancel = driver.findElement(By.id("import-cancel"));
        cancel.click();
        assertThat(cancel.getText()).isEqualTo("Cancelling after this chunk…");
        driver.executeScript("window.release();");

        wait.until(ExpectedConditions.attributeToBe(OUTCOME, "data-state", "cancelled"));
        assertThat(driver.findElement(OUTCOME).getText())
                .contains("Cancelled: 5,000 of 5,001 items imported, the rest not sent.")
                .contains("Chunk 1 of 2 (items 1 to 5,000 of the file) was already imported.");
        assertThat((Long) driver.executeScript("return window.importRequests;")).isEqualTo(1L);
        assertThat(total(category)).isEqualTo(5_000);
    }

    @Test
    void leavingTheScreenDuringAnImportKeepsItsProgressInTheTopBarAndOnTheWayBack() {
        String category = category();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            items.add(item(category + "-" + i, category, "Item " + i));
        }
        openCatalog();
        holdImportRequests();
        chooseAndImport(file(".ndjson", ndjson(items)));
        wait.until(
                d -> Long.valueOf(1).equals(driver.executeScript("return window.importRequests;")));
        // a second import cannot start while this one runs, and the form says why
        assertThat(driver.findElement(By.id("import-start")).isEnabled()).isFalse();
        assertThat(driver.findElement(By.id("import-file")).isEnabled()).isFalse();
        assertThat(driver.findElement(By.id("import-busy")).getText())
                .isEqualTo(
                        "An import is running: another can start once it has ended or been cancelled.");
        assertThat(driver.findElement(By.id("import-indicator")).isDisplayed())
                .as("the Catalog screen shows the progress itself")
                .isFalse();

        goToSurfaces();
        By indicator = By.id("import-indicator");
        wait.until(ExpectedConditions.textToBe(indicator, "Importing catalog: 0 of 10,001"));
        release(1);
        wait.until(ExpectedConditions.textToBe(indicator, "Importing catalog: 5,000 of 10,001"));
        WebElement link = driver.findElement(indicator);
        assertThat(link.getAttribute("href")).endsWith("#/catalog");
        assertThat(link.getAttribute("data-state")).isEqualTo("running");
        assertThat(
                        driver.findElement(By.cssSelector("header .import-indicator"))
                                .getAttribute("role"))
                .isEqualTo("status");
        Browser.screenshot(driver, "catalog-import-indicator");

        link.click();
        wait.until(
                ExpectedConditions.textToBe(
                        By.id("import-count"), "5,000 of 10,001 items imported"));
        assertThat(driver.findElement(By.id("import-bar")).getAttribute("value")).isEqualTo("5000");
        assertThat(driver.findElement(By.id("import-cancel")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("import-start")).isEnabled()).isFalse();
        assertThat(driver.findElement(By.id("import-busy")).isDisplayed()).isTrue();
        assertThat(driver.findElement(indicator).isDisplayed()).isFalse();
        assertThat(driver.findElements(OUTCOME)).isEmpty();
        Browser.screenshot(driver, "catalog-import-back");

        // the progress drawn on the way back goes on to the end
        release(2);
        wait.until(
                ExpectedConditions.textToBe(
                        By.id("import-count"), "10,000 of 10,001 items imported"));
        release(3);
        wait.until(ExpectedConditions.attributeToBe(OUTCOME, "data-state", "done"));
        assertThat(driver.findElement(By.id("import-count")).getText())
                .isEqualTo("10,001 of 10,001 items imported");
        assertThat(driver.findElement(By.id("import-bar")).getAttribute("value"))
                .isEqualTo("10001");
        assertThat(driver.findElement(OUTCOME).getText())
                .isEqualTo("Imported all 10,001 items in 3 requests.");
        assertThat(driver.findElement(By.id("import-start")).isEnabled()).isTrue();
        assertThat(driver.findElement(By.id("import-busy")).isDisplayed()).isFalse();
        assertThat((Long) driver.executeScript("return window.importRequests;")).isEqualTo(3L);
        assertThat(total(category)).isEqualTo(10_001);

        goToSurfaces();
        assertThat(driver.findElement(indicator).isDisplayed())
                .as("the outcome was seen on the Catalog screen")
                .isFalse();
    }

    @Test
    void anImportThatEndsOnAnotherScreenSaysSoInTheTopBarAndTheCatalogScreenShowsItsErrors() {
        String category = category();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 5_002; i++) {
            items.add(item(category + "-" + i, category, "Item " + i));
        }
        items.get(5_001).put("title", "");
        openCatalog();
        holdImportRequests();
        chooseAndImport(file(".ndjson", ndjson(items)));
        wait.until(
                d -> Long.valueOf(1).equals(driver.executeScript("return window.importRequests;")));

        goToSurfaces();
        By indicator = By.id("import-indicator");
        wait.until(ExpectedConditions.textToBe(indicator, "Importing catalog: 0 of 5,002"));
        release(1);
        release(2);
        wait.until(ExpectedConditions.attributeToBe(indicator, "data-state", "refused"));
        assertThat(driver.findElement(indicator).getText())
                .isEqualTo("Catalog import stopped: chunk 2 of 2 refused");
        assertThat(driver.findElements(OUTCOME)).isEmpty();

        driver.findElement(indicator).click();
        wait.until(ExpectedConditions.attributeToBe(OUTCOME, "data-state", "refused"));
        assertThat(driver.findElement(OUTCOME).getText())
                .contains("The server refused chunk 2 of 2 (items 5,001 to 5,002)")
                .contains("Chunk 1 of 2 (items 1 to 5,000 of the file) was already imported.");
        assertThat(
                        driver.findElement(By.cssSelector("#import-errors li[data-place='5002']"))
                                .getText())
                .startsWith("Line 5,002: title");
        assertThat(driver.findElement(By.id("import-count")).getText())
                .isEqualTo("5,000 of 5,002 items imported");
        assertThat(driver.findElement(By.id("import-start")).isEnabled()).isTrue();
        assertThat(driver.findElement(indicator).isDisplayed()).isFalse();
        assertThat(total(category)).isEqualTo(5_000);
        Browser.screenshot(driver, "catalog-import-refused-seen-later");

        // once seen, the outcome leaves the top bar, and the next screen drawn offers a fresh form
        goToSurfaces();
        assertThat(driver.findElement(indicator).isDisplayed()).isFalse();
        openCatalogFromTheTopBar();
        assertThat(driver.findElements(OUTCOME)).isEmpty();
        assertThat(driver.findElement(By.id("import-start")).isEnabled()).isTrue();
    }

    @Test
    void aFileThatIsNotJsonIsRefusedBeforeAnythingIsSent() {
        openCatalog();
        countImportRequests();
        chooseAndImport(
                file(".ndjson", "{\"id\": \"a\", \"title\": \"A\", \"category\": \"x\"}\n{oops\n"));
        wait.until(ExpectedConditions.attributeToBe(OUTCOME, "data-state", "unreadable"));
        assertThat(driver.findElement(OUTCOME).getText())
                .startsWith("Nothing was imported:")
                .contains("Line 2 is not valid JSON");
        assertThat((Long) driver.executeScript("return window.importRequests;")).isZero();
    }

    @Test
    void titlesAreTextAnItemSaysWhenItsImageDoesNotLoadAndAnEditorDeletesIt() {
        String category = category();
        String id = category + "-xss";
        String title =
                "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script> Boots";
        Map<String, Object> item = item(id, category, title);
        item.put("imageUrl", "/media/catalog/missing-" + id + ".jpg");
        item.put("complements", List.of("socks"));
        item.put("price", Map.of("amount", 89.5, "currency", "EUR"));
        item.put("popularity", 7);
        Api api = Api.withAllRoles(base);
        Api.Reply imported = api.post("api/v1/catalog/items", Map.of("items", List.of(item)));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        driver.get(base + "admin/#/catalog?category=" + category);
        WebElement link =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("#catalog-items a.item-title")));
        assertThat(link.getText()).isEqualTo(title);
        assertThat(driver.findElements(By.cssSelector("#catalog-items img"))).isEmpty();
        link.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.textToBe(By.id("item-title"), title));
        wait.until(
                ExpectedConditions.attributeToBe(
                        By.id("image-status"), "data-image-status", "failed"));
        assertThat(driver.findElement(By.id("image-status")).getText())
                .startsWith("The image could not be loaded from this address");
        assertThat(driver.findElement(By.cssSelector("[data-fact='price']")).getText())
                .isEqualTo("89.5 EUR");
        assertThat(driver.findElement(By.cssSelector("[data-fact='complements']")).getText())
                .isEqualTo("socks");
        assertThat(driver.findElement(By.cssSelector("[data-fact='available']")).getText())
                .isEqualTo("Not available");
        assertThat(driver.executeScript("return window.pwned === undefined;")).isEqualTo(true);
        Browser.screenshot(driver, "catalog-item");

        driver.findElement(By.id("item-delete")).sendKeys(Keys.ENTER);
        WebElement keep =
                wait.until(ExpectedConditions.elementToBeClickable(By.id("item-delete-keep")));
        assertThat(driver.switchTo().activeElement()).isEqualTo(keep);
        assertThat(api.get("api/v1/catalog/items/" + id).status())
                .as("nothing is deleted before the confirmation")
                .isEqualTo(200);
        driver.findElement(By.id("item-delete-confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(driver.findElement(By.id("notice")).getText())
                .isEqualTo("Deleted \"" + title + "\" from the catalog.");
        assertThat(api.get("api/v1/catalog/items/" + id).status()).isEqualTo(404);
        assertThat(driver.executeScript("return window.pwned === undefined;")).isEqualTo(true);
    }

    @Test
    void aViewerReadsTheCatalogButCannotImportOrDelete() {
        String category = category();
        String id = category + "-read";
        assertThat(
                        Api.withAllRoles(base)
                                .post(
                                        "api/v1/catalog/items",
                                        Map.of("items", List.of(item(id, category, "Read only"))))
                                .status())
                .isEqualTo(200);
        signIn(Credentials.demo("viewer"));
        driver.get(base + "admin/#/catalog?category=" + category);
        assertThat(
                        wait.until(
                                        ExpectedConditions.visibilityOfElementLocated(
                                                By.id("import-role")))
                                .getText())
                .contains("needs the editor or admin role");
        assertThat(driver.findElements(By.id("import-file"))).isEmpty();
        assertThat(
                        driver.findElement(By.cssSelector("header nav a[data-section='catalog']"))
                                .getAttribute("aria-current"))
                .isEqualTo("page");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.item-title"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("item-title"), "Read only"));
        assertThat(driver.findElements(By.id("item-delete"))).isEmpty();
    }
}
