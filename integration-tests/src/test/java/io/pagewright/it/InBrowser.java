package io.pagewright.it;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the admin UI tests: a fresh headless Chromium per test, signed in through the sign-in
 * screen as a user with every role (tests about roles sign in again as someone else), and a wait
 * for conditions.
 */
abstract class InBrowser {

    @ArquillianResource protected URL base;

    protected ChromeDriver driver;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        signIn(Credentials.allRoles(base));
    }

    /** Signs in through the admin UI's sign-in screen and waits for the name in the top bar. */
    protected void signIn(Credentials credentials) {
        driver.get(base + "admin/");
        if (!driver.findElements(By.id("sign-out")).isEmpty()) {
            driver.findElement(By.id("sign-out")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-username")))
                .sendKeys(credentials.username());
        driver.findElement(By.id("signin-password")).sendKeys(credentials.password());
        driver.findElement(By.cssSelector("form.signin button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }
}
