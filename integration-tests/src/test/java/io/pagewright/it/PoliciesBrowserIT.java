package io.pagewright.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The Policies screen: the demo policies with their active versions, a policy's rules in words, the
 * JSON editor with the server's errors by path (and a save that lost to a newer version), the
 * approval and activation of a version, the dry run with its per-rule table, and a viewer who reads
 * everything and can change nothing. Every policy a test writes has a unique key and rule ids.
 */
@ArquillianTest
@RunAsClient
class PoliciesBrowserIT extends InBrowser {

    private static final By NOTICE = By.id("notice");
    private static final By STATE = By.id("workflow-state");
    private static final By DOCUMENT = By.id("policy-document");
    private static final By SAVE =
            By.cssSelector("form[data-form='policy-editor'] [data-action='save']");
    private static final By SUMMARY = By.cssSelector("#form-errors [role='alert']");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.pagewright();
    }

    /** A policy of two rules whose ids end in the policy's unique suffix. */
    private static Map<String, Object> copyPolicy(String key, int maxPercent) {
        String suffix = key.substring(key.lastIndexOf('-') + 1);
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("key", key);
        policy.put(
                "rules",
                List.of(
                        Map.of(
                                "type",
                                "exclusion",
                                "id",
                                "minors-" + suffix,
                                "when",
                                "ageBand == \"under-18\"",
                                "exclude",
                                Map.of("categories", List.of("alcohol"))),
                        Map.of(
                                "type",
                                "discount-cap",
                                "id",
                                "cap-" + suffix,
                                "maxPercent",
                                maxPercent)));
        return policy;
    }

    private String createCopy(String prefix, int maxPercent) {
        String key = Fixtures.uniqueKey(prefix);
        Api.Reply reply =
                Api.withAllRoles(base).post("api/v1/policies", copyPolicy(key, maxPercent));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return key;
    }

    private WebElement openEditor(String key) {
        driver.get(base + "admin/#/policies/" + key + "/edit");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(DOCUMENT));
    }

    private void type(WebElement textarea, String text) {
        driver.executeScript(
                "arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                textarea,
                text);
    }

    private By stage(String stage) {
        return By.cssSelector("#workflow-state[data-stage='" + stage + "']");
    }

    @Test
    void theListShowsTheDemoPoliciesAndADetailShowsTheirRules() {
        Api api = Api.withAllRoles(base);
        driver.get(base + "admin/#/policies");
        for (String key : List.of("ecommerce-homepage", "saas-onboarding")) {
            long active = api.get("api/v1/policies/" + key).json().get("activeVersion").asLong();
            WebElement row =
                    wait.until(
                            ExpectedConditions.visibilityOfElementLocated(
                                    By.cssSelector("tr[data-policy='" + key + "']")));
            assertThat(
                            row.findElement(By.cssSelector("[data-active-version]"))
                                    .getAttribute("data-active-version"))
                    .isEqualTo(String.valueOf(active));
            assertThat(row.getText())
                    .contains("Active: version " + active)
                    .contains("governs surface " + key);
        }
        assertThat(
                        driver.findElement(By.cssSelector("header nav a[data-section='policies']"))
                                .getAttribute("aria-current"))
                .isEqualTo("page");
        Browser.screenshot(driver, "policies-list");

        driver.findElement(By.cssSelector("tr[data-policy='ecommerce-homepage'] a")).click();
        WebElement cap =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("li.rule[data-rule='max-15-percent']")));
        assertThat(cap.getAttribute("data-rule-type")).isEqualTo("discount-cap");
        assertThat(cap.getText())
                .contains("No variant with a discount above 15 % is eligible")
                .contains("every surface")
                .contains("every visitor");
        assertThat(cap.findElement(By.cssSelector("[data-rule-param='maxPercent']")).getText())
                .isEqualTo("15");
        WebElement budget =
                driver.findElement(By.cssSelector("li.rule[data-rule='one-discount-per-session']"));
        assertThat(budget.getText())
                .contains("Offers of type discount: at most 1 per session")
                .contains("offer-budget");
        WebElement minors =
                driver.findElement(
                        By.cssSelector("li.rule[data-rule='no-restricted-categories-for-minors']"));
        assertThat(minors.findElement(By.cssSelector("[data-rule-fact='segment']")).getText())
                .isEqualTo("ageBand == \"under-18\" or not ageBand exists");
        assertThat(minors.getText()).contains("category alcohol, tobacco or gambling");
        wait.until(ExpectedConditions.visibilityOfElementLocated(STATE));
        assertThat(driver.findElement(By.cssSelector("[data-fact='active']")).getText())
                .startsWith("version ");
        driver.manage().window().setSize(new Dimension(1280, 1500));
        Browser.screenshot(driver, "policy-detail");
        driver.manage().window().setSize(new Dimension(1280, 900));

        driver.findElement(By.cssSelector("nav.tabs a[data-tab='versions']")).click();
        WebElement activeRow =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("tr[data-active='true']")));
        assertThat(activeRow.getText()).contains("Active");
        activeRow.findElement(By.cssSelector("a")).click();
        assertThat(
                        wait.until(
                                        ExpectedConditions.visibilityOfElementLocated(
                                                By.id("version-active")))
                                .getText())
                .contains("is the active version");
        assertThat(driver.findElements(By.cssSelector("li.rule[data-rule='max-15-percent']")))
                .hasSize(1);
    }

    @Test
    void aStrategyOwnerSeesTheErrorsByPathReloadsAfterAStaleSaveAndSavesAValidVersion() {
        String key = createCopy("ui-edit", 20);
        String suffix = key.substring(key.lastIndexOf('-') + 1);
        WebElement document = openEditor(key);
        assertThat(document.getAttribute("value"))
                .contains("\"cap-" + suffix + "\"")
                .contains("\"maxPercent\": 20");

        String invalid =
                document.getAttribute("value")
                        .replace("ageBand == \\\"under-18\\\"", "agebnd == 1");
        type(document, invalid);
        driver.findElement(SAVE).click();

        WebElement error =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(
                                        "#document-errors [data-error-field='rules[0].when']")));
        assertThat(error.getText()).contains("rules[0].when").contains("agebnd");
        assertThat(document.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(document.getAttribute("aria-describedby")).contains("document-errors");
        assertThat(driver.findElement(SUMMARY).getText()).contains("Nothing was saved");
        error.findElement(By.cssSelector("button[data-action='show-error']")).click();
        Number start =
                (Number) driver.executeScript("return arguments[0].selectionStart;", document);
        assertThat(invalid.substring(start.intValue())).startsWith("agebnd");
        assertThat(
                        Api.withAllRoles(base)
                                .get("api/v1/policies/" + key)
                                .json()
                                .get("version")
                                .asLong())
                .isEqualTo(1);
        Browser.screenshot(driver, "policy-editor-error");

        // someone else saves version 2 meanwhile: the editor's save is stale
        Api.Reply other =
                Api.as(base, Publishing.approver(base))
                        .put("api/v1/policies/" + key, copyPolicy(key, 18), "\"1\"");
        assertThat(other.status()).as(other.body()).isEqualTo(200);
        String valid =
                invalid.replace("agebnd == 1", "ageBand == \\\"under-18\\\"")
                        .replace("\"maxPercent\": 20", "\"maxPercent\": 15");
        type(document, valid);
        driver.findElement(SAVE).click();
        WebElement stale =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("#form-errors [data-problem='stale-version']")));
        assertThat(stale.getText()).contains("now at version 2").contains("Nothing was saved");
        stale.findElement(By.cssSelector("button[data-action='reload']")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.id("editor-basis"), "Based on version 2"));
        assertThat(driver.findElement(By.cssSelector("pre[data-unsaved]")).getText())
                .contains("\"maxPercent\": 15");
        document = driver.findElement(DOCUMENT);
        assertThat(document.getAttribute("value")).contains("\"maxPercent\": 18");

        type(document, valid);
        driver.findElement(By.id("policy-comment")).sendKeys("cap at 15 %");
        driver.findElement(SAVE).click();

        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(NOTICE)).getText())
                .contains("Saved version 3");
        JsonNode saved = Api.withAllRoles(base).get("api/v1/policies/" + key).json();
        assertThat(saved.get("version").asLong()).isEqualTo(3);
        assertThat(saved.get("comment").asString()).isEqualTo("cap at 15 %");
        assertThat(
                        driver.findElement(
                                        By.cssSelector(
                                                "li.rule[data-rule='cap-"
                                                        + suffix
                                                        + "'] [data-rule-param='maxPercent']"))
                                .getText())
                .isEqualTo("15");
        wait.until(ExpectedConditions.visibilityOfElementLocated(stage("draft")));
    }

    @Test
    void aVersionIsSubmittedApprovedByAnotherStrategyOwnerAndPublished() {
        String key = createCopy("ui-flow", 20);
        driver.get(base + "admin/#/policies/" + key);
        wait.until(ExpectedConditions.visibilityOfElementLocated(stage("draft")));
        assertThat(driver.findElement(By.cssSelector("[data-fact='active']")).getText())
                .isEqualTo("no version active");
        driver.findElement(By.cssSelector("form[data-form='submit'] textarea"))
                .sendKeys("a copy for the browser test");
        driver.findElement(By.cssSelector("button[data-action='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(stage("in-review")));
        assertThat(driver.findElement(By.id("why-not")).getText())
                .contains("you wrote or submitted this change");
        assertThat(driver.findElements(By.cssSelector("button[data-action='approve']"))).isEmpty();

        // the approver finds it in the review inbox, which leads to the policy's screen
        InReview.switchUser(this, Publishing.approver(base));
        driver.get(base + "admin/#/reviews");
        wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(
                                        "table[data-inbox='mine'] tr[data-review='"
                                                + key
                                                + "/1'] a")))
                .click();
        wait.until(ExpectedConditions.urlContains("#/policies/" + key));
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("button[data-action='approve']")))
                .click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(NOTICE)).getText())
                .contains("You approved version 1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(stage("approved")));
        driver.findElement(By.cssSelector("button[data-action='publish']")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(stage("published")));
        assertThat(driver.findElement(NOTICE).getText()).contains("Version 1 is active");
        assertThat(driver.findElement(By.cssSelector("[data-fact='active']")).getText())
                .isEqualTo("version 1");
        assertThat(
                        Api.withAllRoles(base)
                                .get("api/v1/policies/" + key)
                                .json()
                                .get("activeVersion")
                                .asLong())
                .isEqualTo(1);
    }

    @Test
    void aDryRunShowsHowOftenEachRuleBitesUnderEitherPolicy() {
        // The demo homepage's rules without the consent rule and with a lower discount cap, tried
        // from the editor without saving: a dry run stores and activates nothing.
        String key = createCopy("ui-dry", 20);
        WebElement document = openEditor(key);
        type(
                document,
                """
                {"key": "%s",
                 "rules": [
                   {"type": "discount-cap", "id": "max-5-percent", "maxPercent": 5},
                   {"type": "exclusive-offers", "id": "no-conflicting-offers",
                    "offerTypes": ["discount", "free-shipping", "loyalty-bonus"]},
                   {"type": "offer-budget", "id": "one-discount-per-session", "offerType": "discount", "maxPerSession": 1},
                   {"type": "exclusion", "id": "no-restricted-categories-for-minors",
                    "when": "ageBand == \\"under-18\\" or not ageBand exists",
                    "exclude": {"categories": ["alcohol", "tobacco", "gambling"]}},
                   {"type": "required-companion", "id": "offers-need-legal-text",
                    "trigger": {"anyOffer": true}, "companion": {"contentFields": ["legalText"]}},
                   {"type": "objective", "id": "margin-for-high-ltv", "when": "ltvBand == \\"high\\"",
                    "weights": {"margin": 0.7, "conversion": 0.3}}
                 ]}
                """
                        .formatted(key));
        WebElement run =
                wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("button[data-action='dry-run']")));
        assertThat(
                        new Select(driver.findElement(By.cssSelector("[data-input='source']")))
                                .getFirstSelectedOption()
                                .getAttribute("value"))
                .isEqualTo("editor");
        new Select(driver.findElement(By.cssSelector("[data-input='surface']")))
                .selectByValue("ecommerce-homepage");
        WebElement visitors = driver.findElement(By.cssSelector("[data-input='visitors']"));
        visitors.clear();
        visitors.sendKeys("100");
        WebElement seed = driver.findElement(By.cssSelector("[data-input='seed']"));
        seed.clear();
        seed.sendKeys("7");
        run.click();

        WebElement consent =
                wait.until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(
                                        "table[data-report='rules'] tr[data-rule='personalization-consent']")));
        assertThat(
                        Integer.parseInt(
                                consent.findElement(By.cssSelector("[data-bites='current']"))
                                        .getText()
                                        .trim()))
                .isPositive();
        assertThat(consent.findElement(By.cssSelector("[data-bites='draft']")).getText().trim())
                .isEqualTo("0");
        assertThat(driver.findElement(By.cssSelector("[data-figure='pages'] dd")).getText())
                .isEqualTo("100");
        assertThat(
                        Integer.parseInt(
                                driver.findElement(
                                                By.cssSelector("[data-figure='changedPages'] dd"))
                                        .getText()
                                        .split(" ")[0]))
                .isPositive();
        assertThat(driver.findElements(By.cssSelector("table[data-report='examples'] tbody tr")))
                .isNotEmpty();
        driver.manage().window().setSize(new Dimension(1280, 1350));
        driver.executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("dry-run")));
        Browser.screenshot(driver, "policy-dry-run");
        driver.manage().window().setSize(new Dimension(1280, 900));

        // a stored version against the active one: nothing changes
        driver.get(base + "admin/#/policies/ecommerce-homepage/dry-run");
        run =
                wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("button[data-action='dry-run']")));
        long active =
                Api.withAllRoles(base)
                        .get("api/v1/policies/ecommerce-homepage")
                        .json()
                        .get("activeVersion")
                        .asLong();
        new Select(driver.findElement(By.cssSelector("[data-input='source']")))
                .selectByValue(String.valueOf(active));
        run.click();
        wait.until(
                ExpectedConditions.textToBe(
                        By.cssSelector("[data-figure='changedDecisions'] dd"), "0 (0 %)"));
        assertThat(driver.findElements(By.cssSelector("table[data-report='rules'] tr[data-rule]")))
                .isNotEmpty();
    }

    @Test
    void aNewPolicyIsCreatedFromTheEditor() {
        String key = Fixtures.uniqueKey("ui-new");
        String suffix = key.substring(key.lastIndexOf('-') + 1);
        driver.get(base + "admin/#/policies");
        wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("a[data-action='new-policy']")))
                .click();
        WebElement document = wait.until(ExpectedConditions.visibilityOfElementLocated(DOCUMENT));
        assertThat(
                        driver.findElement(By.cssSelector("header nav a[data-section='policies']"))
                                .getAttribute("aria-current"))
                .isEqualTo("page");
        type(document, "{\"key\": \"" + key + "\", \"rules\": [");
        driver.findElement(SAVE).click();
        assertThat(
                        wait.until(
                                        ExpectedConditions.visibilityOfElementLocated(
                                                By.cssSelector(
                                                        "#document-errors [data-error-field='document']")))
                                .getText())
                .contains("not valid JSON");

        type(
                document,
                """
                {"key": "%s",
                 "rules": [{"type": "frequency-cap", "id": "once-a-day-%s", "subject": "variant",
                            "key": "spring-sale-%s", "max": 1, "window": "day"}]}
                """
                        .formatted(key, suffix, suffix));
        driver.findElement(SAVE).click();

        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(NOTICE)).getText())
                .contains("Created policy " + key + ", version 1");
        assertThat(
                        wait.until(
                                        ExpectedConditions.visibilityOfElementLocated(
                                                By.cssSelector(
                                                        "li.rule[data-rule='once-a-day-"
                                                                + suffix
                                                                + "']")))
                                .getText())
                .contains(
                        "At most 1 impression of variant spring-sale-"
                                + suffix
                                + " per visitor per day");
        assertThat(Api.withAllRoles(base).get("api/v1/policies/" + key).status()).isEqualTo(200);
    }

    @Test
    void aViewerReadsThePoliciesAndCannotChangeThem() {
        String key = createCopy("ui-viewer", 20);
        Api.Reply second =
                Api.withAllRoles(base).put("api/v1/policies/" + key, copyPolicy(key, 15), "\"1\"");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        InReview.switchUser(this, Credentials.demo("viewer"));

        driver.get(base + "admin/#/policies");
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("tr[data-policy='" + key + "']")));
        assertThat(driver.findElements(By.cssSelector("[data-action='new-policy']"))).isEmpty();

        driver.get(base + "admin/#/policies/" + key);
        wait.until(ExpectedConditions.visibilityOfElementLocated(stage("draft")));
        assertThat(driver.findElements(By.cssSelector("li.rule"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("#view form"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#view button"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#view [data-action]"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("nav.tabs a")))
                .extracting(e -> e.getAttribute("data-tab"))
                .containsExactly("rules", "versions");

        driver.get(base + "admin/#/policies/" + key + "/edit");
        assertThat(
                        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-role")))
                                .getText())
                .contains("strategy-owner role");
        assertThat(driver.findElements(DOCUMENT)).isEmpty();
        driver.get(base + "admin/#/new-policy");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-role")));
        assertThat(driver.findElements(DOCUMENT)).isEmpty();
    }
}
