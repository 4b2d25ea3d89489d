package org.badgeportal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class IssuerPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogueFixtures fixtures;

    @Test
    void showsTheProfileAndTheIssuersListedBadges() throws Exception {
        Issuer issuer = fixtures.editIssuer(fixtures.issuer(), i -> {
            i.updateProfile("Harbour College", "https://harbour.example/about", "badges@harbour.example",
                    "We teach sailing.", AcceptancePolicy.REQUIRED);
            i.setVerified(true);
        });
        fixtures.badge(issuer, "Knots", b -> b.setStrapline("Ties six knots"));
        fixtures.badge(issuer, "Secret knots", b -> b.setListed(false));
        fixtures.badge(issuer, "Old knots", b -> b.setArchived(true));

        String html = page("/issuers/" + issuer.getSlug());

        assertThat(html).contains("<title>Harbour College: badges</title>")
                .contains("Harbour College").contains("verified-mark").contains("We teach sailing.")
                .contains("<a href=\"https://harbour.example/about\" rel=\"noopener nofollow\">https://harbour.example/about</a>")
                .contains("<a href=\"mailto:badges@harbour.example\">badges@harbour.example</a>")
                .contains("Knots").contains("Ties six knots")
                .doesNotContain("Secret knots").doesNotContain("Old knots");
        assertThat(CatalogueControllerTest.countCards(html)).isEqualTo(1);
    }

    @Test
    void neverLinksAUrlThatIsNotHttp() throws Exception {
        Issuer issuer = fixtures.editIssuer(fixtures.issuer(), i -> i.updateProfile("Sneaky",
                "javascript:alert(1)", "x@y.example", null, AcceptancePolicy.REQUIRED));

        String html = page("/issuers/" + issuer.getSlug());

        assertThat(html).doesNotContain("javascript:").doesNotContain("verified-mark").contains("Sneaky");
    }

    @Test
    void escapesHtmlInTheProfile() throws Exception {
        Issuer issuer = fixtures.editIssuer(fixtures.issuer(), i -> i.updateProfile("<i>Italic</i> org", null,
                "\"><script>x</script>@evil.example", "<script>alert(1)</script>", AcceptancePolicy.REQUIRED));
        fixtures.badge(issuer, "<u>Underlined</u> badge");

        String html = page("/issuers/" + issuer.getSlug());

        assertThat(html).doesNotContain("<script>").doesNotContain("<i>Italic").doesNotContain("<u>Underlined")
                .doesNotContain("mailto:")
                .contains("&lt;i&gt;Italic&lt;/i&gt; org").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;u&gt;Underlined&lt;/u&gt; badge");
    }

    @Test
    void saysSoWhenTheIssuerHasNoBadgesInTheCatalogue() throws Exception {
        Issuer issuer = fixtures.issuer();

        assertThat(page("/issuers/" + issuer.getSlug())).contains("This issuer has no badges in the catalogue yet.");
    }

    @Test
    void answersAnUnknownIssuerWithNotFound() throws Exception {
        mvc.perform(get("/issuers/no-such-issuer-anywhere"))
                .andExpect(status().isNotFound());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
