package org.badgeportal.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import org.badgeportal.accounts.Account;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.BrowserTestBase;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An owner creates an API key, copies its secret (shown once) and revokes the key in place after confirming;
 * the same person creates a personal access token on the settings page.
 */
class ApiKeysBrowserTest extends BrowserTestBase {

    @Autowired
    TestData data;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    PersonalTokens tokens;

    @Test
    void anOwnerCreatesAndRevokesAKeyAndCreatesAPersonalToken() throws Exception {
        Account owner = data.account("browserowner");
        Issuer issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        signIn(owner.getEmail(), TestData.PASSWORD);

        open("/manage/" + issuer.getSlug());
        click(By.linkText("API keys"));
        fill("name", "Shop back end");
        click(By.cssSelector("main form[action$='/api-keys'] [type=submit]"));
        WebElement secret = waitFor(By.id("new-key"));
        assertThat(secret.getAttribute("readonly")).isNotNull();
        assertThat(apiKeys.authenticate(secret.getAttribute("value"))).isPresent();
        screenshot("api-keys-created");

        String key = secret.getAttribute("value");
        click(By.cssSelector("form[action$='/revoke'] [type=submit]"));
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waitFor(By.cssSelector("tr [role=status]"));
        assertThat(browser.findElement(By.cssSelector("main table tbody")).getText()).contains("revoked");
        assertThat(apiKeys.authenticate(key)).isEmpty();
        screenshot("api-keys-revoked");

        open("/me/settings");
        fill("name", "Phone app");
        click(By.cssSelector("form[action$='/me/settings/tokens'] [type=submit]"));
        WebElement token = waitFor(By.id("new-token"));
        assertThat(tokens.authenticate(token.getAttribute("value"))).isPresent();
        assertThat(browser.getPageSource()).contains("Phone app");
        screenshot("settings-tokens");
    }
}
