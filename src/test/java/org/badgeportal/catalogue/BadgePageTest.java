package org.badgeportal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.List;
import java.util.Set;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.Criterion;
import org.badgeportal.badges.TimeUnits;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class BadgePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogueFixtures fixtures;

    @Test
    void showsEveryPublicFieldOfTheBadge() throws Exception {
        Issuer issuer = fixtures.editIssuer(fixtures.issuer(), i -> i.setVerified(true));
        Badge badge = fixtures.badge(issuer, "Bread Baker", b -> {
            b.setStrapline("Bakes a loaf from scratch");
            b.setEarnerDescription("You mixed, proved and baked.");
            b.setConsumerDescription("The holder can bake bread unsupervised.");
            b.replaceCriteria(List.of(new Criterion("Bake three loaves", true, "Taste them all"),
                    new Criterion("Share a recipe", false, "Any recipe counts")));
            b.setCriteriaUrl("https://bakery.example/criteria");
            b.setRubricUrl("https://bakery.example/rubric");
            b.setTime(6, TimeUnits.HOURS);
            b.setLimit(40);
            b.setUnique(true);
            b.setValidityDays(365);
            b.replaceCategories(Set.of("cooking"));
            b.replaceTags(Set.of("bread", "oven"));
            b.setShareText("I bake now!");
            b.setBackgroundColor("#ffcc00");
        });

        String html = page("/issuers/" + issuer.getSlug() + "/badges/" + badge.getSlug());

        assertThat(html)
                .contains("<h1 class=\"mb-1\">Bread Baker</h1>").contains("Bakes a loaf from scratch")
                .contains("src=\"https://example.org/" + badge.getSlug() + ".png\"").contains("alt=\"Badge: Bread Baker\"")
                .contains("background-color: #ffcc00")
                .contains("About this badge").contains("You mixed, proved and baked.")
                .contains("For employers and others who view this badge")
                .contains("The holder can bake bread unsupervised.")
                .contains("Bake three loaves").contains("Required").contains("Share a recipe").contains("Optional")
                .contains("href=\"https://bakery.example/criteria\"").contains("href=\"https://bakery.example/rubric\"")
                .contains("6 hours")
                .contains("This badge can be awarded to at most 40 people.")
                .contains("Each person can earn this badge only once.")
                .contains("Each award is valid for 365 days.")
                .contains("cooking").contains("bread").contains("oven")
                .contains("I bake now!")
                .contains("href=\"/issuers/" + issuer.getSlug() + "\"").contains(issuer.getName())
                .contains("verified-mark")
                .doesNotContain("can no longer be earned");
    }

    @Test
    void keepsAssessorNotesOffThePublicPage() throws Exception {
        Issuer issuer = fixtures.issuer();
        Badge badge = fixtures.badge(issuer, "Reviewed", b -> b.replaceCriteria(List.of(
                new Criterion("Submit a portfolio", true, "Assessor only: check the dates carefully"))));

        String html = page("/issuers/" + issuer.getSlug() + "/badges/" + badge.getSlug());

        assertThat(html).contains("Submit a portfolio").doesNotContain("Assessor only");
    }

    @Test
    void leavesOutTheDetailsPanelWhenTheBadgeHasNoDetails() throws Exception {
        Issuer issuer = fixtures.issuer();
        Badge plain = fixtures.badge(issuer, "Plain");
        Badge timed = fixtures.badge(issuer, "Timed", b -> b.setTime(2, TimeUnits.HOURS));

        assertThat(page("/issuers/" + issuer.getSlug() + "/badges/" + plain.getSlug())).doesNotContain(">Details<");
        assertThat(page("/issuers/" + issuer.getSlug() + "/badges/" + timed.getSlug())).contains(">Details<", "2 hours");
    }

    @Test
    void isReachableWhenNotListedAndSaysWhenArchived() throws Exception {
        Issuer issuer = fixtures.issuer();
        Badge unlisted = fixtures.badge(issuer, "Embedded only", b -> b.setListed(false));
        Badge archived = fixtures.badge(issuer, "Retired", b -> b.setArchived(true));

        assertThat(page("/issuers/" + issuer.getSlug() + "/badges/" + unlisted.getSlug()))
                .contains("Embedded only").doesNotContain("verified-mark");
        assertThat(page("/issuers/" + issuer.getSlug() + "/badges/" + archived.getSlug()))
                .contains("Retired").contains("This badge is archived: it can no longer be earned.");
    }

    @Test
    void linksOnlyHttpUrlsAndUsesOnlySafeColours() throws Exception {
        Issuer issuer = fixtures.issuer();
        Badge badge = fixtures.badge(issuer, "Tricky", b -> {
            b.setCriteriaUrl("javascript:alert(1)");
            b.setRubricUrl("data:text/html,<script>alert(1)</script>");
            b.setBackgroundColor("red;background:url(//e.x)");
            b.useImageUrl("javascript:alert(2)");
        });

        String html = page("/issuers/" + issuer.getSlug() + "/badges/" + badge.getSlug());

        assertThat(html).doesNotContain("javascript:").doesNotContain("data:text").doesNotContain("//e.x")
                .doesNotContain("Full criteria").contains("src=\"/img/badge.svg\"");
    }

    @Test
    void escapesHtmlInEveryText() throws Exception {
        Issuer issuer = fixtures.editIssuer(fixtures.issuer(), i -> i.updateProfile("<em>Org</em>", null, null,
                null, i.getAcceptancePolicy()));
        Badge badge = fixtures.badge(issuer, "<script>alert('name')</script>", b -> {
            b.setStrapline("<b>strap</b>");
            b.setEarnerDescription("<img src=x onerror=alert(1)>");
            b.setConsumerDescription("<iframe src=//evil.example>");
            b.replaceCriteria(List.of(new Criterion("<a href=//evil.example>do</a>", true, null)));
            b.replaceTags(Set.of("<tag>"));
            b.setShareText("<svg onload=alert(1)>");
        });

        String html = page("/issuers/" + issuer.getSlug() + "/badges/" + badge.getSlug());

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>strap").doesNotContain("<img src=x")
                .doesNotContain("<iframe").doesNotContain("<a href=//evil").doesNotContain("<tag>")
                .doesNotContain("<svg").doesNotContain("<em>Org")
                .contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;").contains("&lt;b&gt;strap&lt;/b&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;").contains("&lt;em&gt;Org&lt;/em&gt;");
    }

    @Test
    void answersUnknownIssuerOrSlugWithNotFound() throws Exception {
        Issuer issuer = fixtures.issuer();
        Badge badge = fixtures.badge(issuer, "Exists");
        Issuer other = fixtures.issuer();

        mvc.perform(get("/issuers/{issuer}/badges/{slug}", issuer.getSlug(), "no-such-badge"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/issuers/{issuer}/badges/{slug}", "no-such-issuer", badge.getSlug()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/issuers/{issuer}/badges/{slug}", other.getSlug(), badge.getSlug()))
                .andExpect(status().isNotFound());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
