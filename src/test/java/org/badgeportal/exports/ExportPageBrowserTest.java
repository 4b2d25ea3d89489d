package org.badgeportal.exports;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.exports.ExportFixtures.World;
import org.badgeportal.support.BrowserTestBase;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The owner finds the Export tab and the four downloads; the administrator finds the restore form. */
class ExportPageBrowserTest extends BrowserTestBase {

    @Autowired
    ExportFixtures fixtures;
    @Autowired
    TestData data;
    @Autowired
    AccountRepository accounts;

    @Test
    void theOwnerReachesTheDownloadsFromTheDashboard() throws Exception {
        World world = fixtures.build(0);
        signIn(world.owner().getEmail(), TestData.PASSWORD);
        open("/manage/" + world.slug());
        click(By.linkText("Export"));
        waitFor(By.id("downloads"));
        List<String> links = browser.findElements(By.cssSelector("#downloads a")).stream()
            .map(WebElement::getText).toList();
        assertThat(links).containsExactly(world.slug() + "-issuer.json", world.slug() + "-badges.csv",
                world.slug() + "-awards.csv", world.slug() + "-recipients.csv");
        assertThat(browser.findElement(By.cssSelector(".nav-link.active")).getText()).isEqualTo("Export");
        screenshot("export-page");
        signOut();

        var admin = data.account("admin");
        admin.makeAdmin();
        accounts.save(admin);
        signIn(admin.getEmail(), TestData.PASSWORD);
        open("/admin/restore");
        assertThat(waitFor(By.id("file")).getAttribute("type")).isEqualTo("file");
        screenshot("restore-page");
        signOut();
    }
}
