package org.badgeportal.developers;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import java.util.logging.Level;
import org.badgeportal.support.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The browsable API renders in a real browser under the portal's content security policy. */
class ApiPageBrowserTest extends BrowserTestBase {

    @Test
    void theDevelopersPageLeadsToTheBrowsableApiWhichListsTheOperations() throws Exception {
        open("/developers");
        waitFor(By.id("signed-signature"));
        screenshot("developers-page");
        click(By.cssSelector("main a.btn-primary[href$='/developers/api']"));

        waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 5));
        waitFor(By.cssSelector(".info .title"));
        assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("Badge portal API");
        List<String> summaries = browser.findElements(By.cssSelector(".opblock-summary-description")).stream()
                .map(WebElement::getText).toList();
        assertThat(summaries).contains("Create a badge", "List the issuer's badges", "Set the share text");
        List<String> paths = browser.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(element -> element.getAttribute("data-path")).toList();
        assertThat(paths).contains("/api/v1/badges/{slug}");

        click(By.cssSelector(".opblock-post .opblock-summary"));
        waitFor(By.cssSelector(".opblock-post .opblock-body .example, .opblock-post .opblock-body .microlight"));
        screenshot("developers-api");

        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertThat(violations).isEmpty();
    }
}
