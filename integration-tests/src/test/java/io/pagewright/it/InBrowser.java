package io.pagewright.it;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Base of the admin UI tests: a fresh headless Chromium per test, and a wait for conditions. */
abstract class InBrowser {

    protected ChromeDriver driver;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }
}
