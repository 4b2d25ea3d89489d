package org.badgeportal.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.BrowserTestBase;
import org.badgeportal.support.TestData;
import org.badgeportal.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An award's whole life in a real browser: staff award a badge to an address nobody has signed up with; the mail
 * arrives; the recipient signs up from its link, verifies, finds the award pending and accepts it; the public
 * profile and the award page show it. A second award is declined and appears nowhere public.
 */
class AwardJourneyBrowserTest extends BrowserTestBase {

    private static final Pattern PORTAL_PATH = Pattern.compile("https?://[^/\\s]+(/[^\\s]*)");

    @Autowired
    TestData data;

    @Test
    void awardedByMailSignedUpAcceptedShownPubliclyAndADeclinedOneHidden() throws Exception {
        Account staff = data.account("staff");
        Issuer issuer = data.issuer(staff, AcceptancePolicy.REQUIRED);
        Badge kept = data.badge(issuer, "Lighthouse Keeper");
        Badge declined = data.badge(issuer, "Fog Horn Tuner");
        String handle = TestData.unique("grace");
        String email = handle + "@example.org";

        signIn(staff.getEmail(), TestData.PASSWORD);
        awardFromTheDashboard(issuer, kept, email, "Kept the light burning through the storm");
        awardFromTheDashboard(issuer, declined, email, "Tuned the horn");
        signOut();

        open(portalPath(TestMailServer.awaitMailTo(email, "/signup")));
        assertThat(browser.findElement(By.name("email")).getAttribute("value")).isEqualTo(email);
        fill("displayName", "Grace Darling");
        fill("handle", handle);
        fill("password", "a long enough passphrase");
        fill("confirmPassword", "a long enough passphrase");
        click(By.cssSelector("main form [type=submit]"));
        waiting().until(ExpectedConditions.urlContains("/verify/sent"));
        open(portalPath(TestMailServer.awaitMailTo(email, "/verify/")));
        waiting().until(ExpectedConditions.urlContains("/login?verified"));
        signIn(email, "a long enough passphrase");

        open("/me");
        assertThat(pendingCount()).isEqualTo("2");
        WebElement keptCard = card("Lighthouse Keeper");
        String keptAwardPath = keptCard.findElement(By.cssSelector("a[href*='/awards/']")).getAttribute("href");
        click(keptCard.findElement(By.xpath(".//button[contains(., 'Accept')]")));
        waiting().until(driver -> card("Lighthouse Keeper").getText().contains("Hide from my profile"));
        waiting().until(driver -> pendingCount().equals("1"));

        WebElement declinedCard = card("Fog Horn Tuner");
        String declinedAwardPath = declinedCard.findElement(By.cssSelector("a[href*='/awards/']")).getAttribute("href");
        click(declinedCard.findElement(By.xpath(".//button[contains(., 'Decline')]")));
        waiting().until(driver -> card("Fog Horn Tuner").getText().contains("Show again"));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("pending-count")));
        screenshot("me-after-answering");

        signOut();
        open("/u/" + handle);
        String profile = browser.findElement(By.tagName("main")).getText();
        assertThat(profile).contains("Grace Darling", "Lighthouse Keeper").doesNotContain("Fog Horn Tuner");
        screenshot("public-profile");

        browser.get(keptAwardPath);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Lighthouse Keeper", "Grace Darling", "Valid.")
                .doesNotContain(email);
        browser.get(declinedAwardPath);
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Fog Horn Tuner");
        assertThat(browser.getTitle()).contains("404");
    }

    private void awardFromTheDashboard(Issuer issuer, Badge badge, String email, String narrative) {
        open("/manage/" + issuer.getSlug() + "/badges/" + badge.getSlug() + "/award");
        fill("recipient", email);
        fill("narrative", narrative);
        click(By.cssSelector("main form [type=submit]"));
        waiting().until(ExpectedConditions.urlContains("/manage/" + issuer.getSlug() + "/awards"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(email, badge.getName());
    }

    private WebElement card(String badgeName) {
        return browser.findElement(By.xpath("//article[contains(@class, 'award-card')][.//*[contains(., '"
                + badgeName + "')]]"));
    }

    private String pendingCount() {
        return browser.findElement(By.cssSelector("#pending-count > span")).getText();
    }

    private static String portalPath(MimeMessage mail) throws Exception {
        Matcher link = PORTAL_PATH.matcher(String.valueOf(mail.getContent()));
        assertThat(link.find()).as("the mail holds a link into the portal").isTrue();
        return link.group(1);
    }
}
