package org.badgeportal.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgeportal.support.BrowserTestBase;
import org.badgeportal.support.TestData;
import org.badgeportal.support.TestImages;
import org.badgeportal.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A newcomer's first visit, in a real browser: sign up, verify the email from the mail that arrived over SMTP,
 * sign in, create an issuer, create a badge with an uploaded image, and find it on its public page.
 */
class IssuerJourneyBrowserTest extends BrowserTestBase {

    private static final Pattern VERIFY_LINK = Pattern.compile("https?://[^\\s]+(/verify/[A-Za-z0-9_-]+)");

    @Test
    void signUpVerifySignInCreateAnIssuerAndPublishABadge() throws Exception {
        String handle = TestData.unique("ada");
        String email = handle + "@example.org";
        String password = "a long enough passphrase";

        open("/signup");
        fill("email", email);
        fill("displayName", "Ada Lovelace");
        fill("handle", handle);
        fill("password", "short");
        fill("confirmPassword", "short");
        submit();
        assertThat(fieldError("password")).contains("12");
        assertThat(browser.findElements(By.cssSelector(".is-invalid"))).isNotEmpty();

        fill("password", password);
        fill("confirmPassword", password);
        submit();
        waiting().until(ExpectedConditions.urlContains("/verify/sent"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(email);

        open(verificationPath(TestMailServer.awaitMailTo(email)));
        waiting().until(ExpectedConditions.urlContains("/login?verified"));

        fill("email", email);
        fill("password", password);
        submit();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        assertThat(browser.findElement(By.tagName("nav")).getText()).contains("Ada Lovelace");

        String issuerSlug = TestData.unique("guild");
        open("/manage/new");
        fill("slug", issuerSlug);
        fill("name", "The Analytical Guild");
        fill("url", "https://guild.example.org");
        click(By.cssSelector("input[name=acceptancePolicy][value=REQUIRED]"));
        submit();
        waiting().until(ExpectedConditions.urlToBe(url("/manage/" + issuerSlug)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("The Analytical Guild");

        open("/manage/" + issuerSlug + "/badges/new");
        fill("name", "Difference Engine");
        fill("slug", "Not A Slug!");
        submit();
        assertThat(fieldError("slug")).isNotBlank();
        assertThat(fieldError("earnerDescription")).isNotBlank();

        Path image = Files.createTempFile(Path.of("target"), "badge", ".png");
        Files.write(image, TestImages.png(120, 120));
        fill("slug", "difference-engine");
        fill("strapline", "Built a working engine");
        fill("type", "skill");
        fill("earnerDescription", "Design and build a difference engine.");
        fill("consumerDescription", "The earner built a working difference engine.");
        browser.findElement(By.name("imageFile")).sendKeys(image.toAbsolutePath().toString());
        WebElement listed = browser.findElement(By.cssSelector("input[type=checkbox][name=listed]"));
        if (!listed.isSelected()) {
            click(listed);
        }
        submit();
        // A saved badge opens in its editor (the form's own address also contains /badges, so wait for this one)
        waiting().until(ExpectedConditions.urlContains("/manage/" + issuerSlug + "/badges/difference-engine/edit"));

        open("/issuers/" + issuerSlug + "/badges/difference-engine");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Difference Engine");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Built a working engine", "The Analytical Guild");
        WebElement badgeImage = browser.findElement(By.cssSelector("main img[src*='/images/']"));
        assertThat(imageLoaded(badgeImage)).as("the uploaded image is served and decoded").isTrue();
        screenshot("public-badge-page");

        open("/");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Difference Engine");
    }

    private void submit() {
        click(By.cssSelector("main form [type=submit]"));
    }

    private String fieldError(String field) {
        return waitFor(By.id(field + "-errors")).getText();
    }

    private boolean imageLoaded(WebElement image) {
        return (Boolean) ((JavascriptExecutor) browser)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image);
    }

    private static String verificationPath(MimeMessage mail) throws Exception {
        Matcher link = VERIFY_LINK.matcher(String.valueOf(mail.getContent()));
        assertThat(link.find()).as("the mail holds a verification link").isTrue();
        return link.group(1);
    }
}
