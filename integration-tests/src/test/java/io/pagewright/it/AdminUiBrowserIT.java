package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The admin UI, in a real headless Chromium, against the real server and demo content. */
@ArquillianTest
@RunAsClient
class AdminUiBrowserIT extends InBrowser {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    @Test
    void theSurfaceListShowsTheDemoSurfaces() {
        driver.get(base + "admin/");

        wait.until(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("tr[data-surface='saas-onboarding']")));
        List<String> surfaces =
                driver.findElements(By.cssSelector("tbody tr")).stream()
                        .map(row -> row.getAttribute("data-surface"))
                        .toList();
        assertThat(surfaces).contains("ecommerce-homepage", "saas-onboarding");
        assertThat(
                        driver.findElement(By.cssSelector("tr[data-surface='ecommerce-homepage']"))
                                .getText())
                .contains("Ecommerce homepage")
                .contains("web")
                .contains("Published");
        assertThat(driver.getTitle()).isEqualTo("Pagewright");
        Browser.screenshot(driver, "surfaces");
    }

    @Test
    void aSurfaceShowsItsSlotsInPageOrderWithTheirDefaults() {
        driver.get(base + "admin/#/surfaces/ecommerce-homepage");

        wait.until(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("section[data-slot='offer']")));
        List<String> slots =
                driver.findElements(By.cssSelector("section[data-slot]")).stream()
                        .map(s -> s.getAttribute("data-slot"))
                        .toList();
        assertThat(slots).containsExactly("hero", "category-tiles", "recommendation-rail", "offer");
        WebElement noOffer =
                driver.findElement(
                        By.cssSelector("section[data-slot='offer'] tr[data-variant='no-offer']"));
        assertThat(noOffer.getText()).contains("Default");
        Browser.screenshot(driver, "surface-detail");
    }

    @Test
    void textFromTheApiIsShownAsTextNeverRunAsMarkup() {
        Api api = Api.withAllRoles(base);
        String key = Fixtures.uniqueKey("xss");
        Map<String, Object> surface = new java.util.HashMap<>(Fixtures.surface(key));
        surface.put(
                "name",
                "<img src=x onerror=\"document.title='owned'\"><script>document.title='owned'</script>");
        assertThat(api.post("api/v1/surfaces", surface).status()).isEqualTo(201);

        driver.get(base + "admin/");
        WebElement row =
                wait.until(
                        ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector("tr[data-surface='" + key + "']")));

        assertThat(row.getText()).contains("<script>document.title='owned'</script>");
        assertThat(driver.getTitle()).isEqualTo("Pagewright");
        assertThat(driver.findElements(By.cssSelector("tbody img"))).isEmpty();
    }
}
