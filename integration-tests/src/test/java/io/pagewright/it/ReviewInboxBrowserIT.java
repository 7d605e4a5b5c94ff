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
 * The review inbox: what waits for a reviewer, the high-impact flag, the diff of a change, approve
 * and reject with a comment, and why the author may not approve their own change.
 */
@ArquillianTest
@RunAsClient
class ReviewInboxBrowserIT extends InBrowser {

    private static final By DIFF = By.cssSelector("table[data-diff='changes']");
    private static final By NOTICE = By.id("notice");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    private WebElement openReview(String key) {
        driver.get(base + "admin/#/reviews/" + key + "/2");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(DIFF));
    }

    private By decide(String action) {
        return By.cssSelector("form[data-form='decide'] button[data-action='" + action + "']");
    }

    private WebElement comment() {
        return driver.findElement(By.cssSelector("form[data-form='decide'] textarea"));
    }

    @Test
    void aDiscountWaitsForTheStrategyOwnerAfterTheReviewerApproves() {
        String key =
                InReview.submitted(
                        base, "inbox-discount", "offer", InReview.discountVariant("ten-off"));
        InReview.switchUser(this, Credentials.demo("reviewer"));
        driver.get(base + "admin/#/reviews");

        WebElement row =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(
                                        "table[data-inbox='mine'] tr[data-review='"
                                                + key
                                                + "/2']")));
        assertThat(row.getAttribute("data-impact")).isEqualTo("high");
        assertThat(row.getText())
                .contains("High impact")
                .contains("slot offer, variant ten-off: offer discount 10 %")
                .contains("please have a look");
        assertThat(Integer.parseInt(driver.findElement(By.id("review-count")).getText()))
                .isPositive();
        Browser.screenshot(driver, "review-inbox");

        row.findElement(By.cssSelector("a")).click();
        WebElement diff = wait.until(ExpectedConditions.visibilityOfElementLocated(DIFF));
        assertThat(
                        diff.findElement(
                                        By.cssSelector(
                                                "tr[data-path='/slots[offer]/variants[ten-off]/offer/discountPercent']"))
                                .getText())
                .contains("(none)")
                .contains("10");
        assertThat(diff.getText()).contains("10 % off for you").contains("discount");
        driver.executeScript(
                "arguments[0].scrollIntoView()",
                driver.findElement(By.cssSelector(".review-facts")));
        Browser.screenshot(driver, "review-diff");
        comment().sendKeys("copy is fine");
        driver.findElement(decide("approve")).click();

        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(NOTICE));
        assertThat(notice.getText()).contains("Your approval is recorded");
        assertThat(driver.findElement(By.id("missing")).getText()).contains("strategy owner");
        assertThat(driver.findElements(decide("approve"))).isEmpty();
        assertThat(driver.findElement(By.id("why-not")).getText()).contains("approved it already");
        assertThat(InReview.stage(base, key, 2)).isEqualTo("in-review");

        InReview.switchUser(this, Credentials.demo("strategy-owner"));
        openReview(key);
        wait.until(ExpectedConditions.elementToBeClickable(decide("approve"))).click();

        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(NOTICE)).getText())
                .contains("approved and can be published");
        assertThat(driver.findElement(By.cssSelector("[data-stage]")).getText())
                .isEqualTo("Approved");
        assertThat(driver.findElement(By.cssSelector(".approvals")).getText())
                .contains("(strategy owner)");
        assertThat(InReview.stage(base, key, 2)).isEqualTo("approved");
    }

    @Test
    void rejectingNeedsACommentShownNextToTheBox() {
        String key =
                InReview.submitted(
                        base, "inbox-reject", "hero", InReview.heroVariant("plain", "Plain"));
        InReview.switchUser(this, Credentials.demo("reviewer"));
        openReview(key);

        wait.until(ExpectedConditions.elementToBeClickable(decide("reject"))).click();

        WebElement error =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(
                                        "form[data-form='decide'] [data-field='comment'] .field-error")));
        assertThat(error.getText()).isNotBlank();
        assertThat(comment().getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(comment().getAttribute("aria-describedby")).isEqualTo(error.getAttribute("id"));
        assertThat(driver.switchTo().activeElement()).isEqualTo(comment());
        assertThat(InReview.stage(base, key, 2)).isEqualTo("in-review");
        Browser.screenshot(driver, "review-reject-needs-comment");

        comment().sendKeys("The headline is too short");
        driver.findElement(decide("reject")).click();

        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(NOTICE)).getText())
                .contains("rejected");
        assertThat(driver.findElement(By.cssSelector("[data-rejection]")).getText())
                .contains("The headline is too short");
        assertThat(InReview.stage(base, key, 2)).isEqualTo("draft");
    }

    @Test
    void markupInAHeadlineIsShownAsTextInTheDiff() {
        String markup = "<img src=x onerror=\"document.title='owned'\"><script>alert(1)</script>";
        String key =
                InReview.submitted(
                        base, "inbox-xss", "hero", InReview.heroVariant("sneaky", markup));
        InReview.switchUser(this, Credentials.demo("reviewer"));
        WebElement diff = openReview(key);

        assertThat(diff.getText()).contains(markup);
        assertThat(driver.findElements(By.cssSelector("#view img"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#view script"))).isEmpty();
        assertThat(driver.getTitle()).isEqualTo("Pagewright");
        driver.executeScript("arguments[0].scrollIntoView()", diff);
        Browser.screenshot(driver, "review-diff-markup");
    }

    @Test
    void theAuthorIsToldWhyTheyCannotApproveTheirOwnChange() {
        String key =
                InReview.submitted(
                        base, "inbox-own", "hero", InReview.heroVariant("mine", "My own"));
        openReview(key);

        assertThat(driver.findElement(By.id("why-not")).getText())
                .contains("You cannot approve")
                .contains("you wrote or submitted this change");
        assertThat(driver.findElements(decide("approve"))).isEmpty();

        driver.get(base + "admin/#/reviews");
        WebElement row =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(
                                        "table[data-inbox='others'] tr[data-review='"
                                                + key
                                                + "/2']")));
        assertThat(row.getText()).contains("you wrote or submitted this change");
    }

    @Test
    void aRefusalFromTheServerIsShownAndNothingChanges() {
        String key =
                InReview.submitted(
                        base, "inbox-refused", "hero", InReview.heroVariant("late", "Too late"));
        InReview.switchUser(this, Credentials.demo("reviewer"));
        openReview(key);
        WebElement approve = wait.until(ExpectedConditions.elementToBeClickable(decide("approve")));
        Api.Reply rejected =
                Api.as(base, Credentials.demo("strategy-owner"))
                        .post(
                                "api/v1/surfaces/" + key + "/versions/2/reject",
                                java.util.Map.of("comment", "not this week"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);

        approve.click();

        WebElement alert =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(
                                        "form[data-form='decide'] [role='alert'][data-problem]")));
        assertThat(alert.getText()).isNotBlank();
        assertThat(alert.getAttribute("data-problem")).isNotIn("failed", "unreachable");
        assertThat(approve.isEnabled()).isTrue();
        assertThat(InReview.stage(base, key, 2)).isEqualTo("draft");
        Browser.screenshot(driver, "review-refused");

        alert.findElement(By.cssSelector("button[data-action='reload']")).click();
        assertThat(
                        wait.until(
                                        ExpectedConditions.visibilityOfElementLocated(
                                                By.cssSelector("[data-rejection]")))
                                .getText())
                .contains("not this week");
        assertThat(driver.findElements(decide("approve"))).isEmpty();
    }
}
