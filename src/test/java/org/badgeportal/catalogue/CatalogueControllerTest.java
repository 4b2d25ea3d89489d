package org.badgeportal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.SqlStatements;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class CatalogueControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogueFixtures fixtures;


    @Test
    void showsListedBadgesAsCardsAndHidesUnlistedAndArchivedOnes() throws Exception {
        String word = TestData.unique("marigold");
        Issuer issuer = fixtures.issuer();
        fixtures.badge(issuer, "Listed " + word, b -> b.setStrapline("Shown to everyone"));
        fixtures.badge(issuer, "Unlisted " + word, b -> b.setListed(false));
        fixtures.badge(issuer, "Archived " + word, b -> b.setArchived(true));

        String html = page("/?q=" + word);

        assertThat(html).contains("Listed " + word).contains("Shown to everyone").contains(issuer.getName())
                .doesNotContain("Unlisted " + word).doesNotContain("Archived " + word)
                .contains("1 badge");
        assertThat(countCards(html)).isEqualTo(1);
    }

    @Test
    void cardsLinkToTheBadgePage() throws Exception {
        String word = TestData.unique("poppy");
        Issuer issuer = fixtures.issuer();
        var badge = fixtures.badge(issuer, "Poppy " + word);

        assertThat(page("/?q=" + word))
                .contains("href=\"/issuers/" + issuer.getSlug() + "/badges/" + badge.getSlug() + "\"");
    }

    @Test
    void searchMatchesNameStraplineAndTagsIgnoringCase() throws Exception {
        String word = TestData.unique("lupin");
        Issuer issuer = fixtures.issuer();
        fixtures.badge(issuer, "Named " + word.toUpperCase(), b -> { });
        fixtures.badge(issuer, "By strapline", b -> b.setStrapline("About " + word));
        fixtures.badge(issuer, "By tag", b -> b.replaceTags(Set.of(word + "-tag")));
        fixtures.badge(issuer, "Other badge", b -> b.setStrapline("Nothing in common"));

        String html = page("/?q=" + word + "&issuer=" + issuer.getSlug());

        assertThat(html).contains("Named " + word.toUpperCase()).contains("By strapline").contains("By tag")
                .doesNotContain("Other badge").contains("3 badges");
        assertThat(page("/?q=" + word + "-tag")).contains("By tag").doesNotContain("By strapline");
    }

    @Test
    void searchTreatsLikeWildcardsAsPlainText() throws Exception {
        String word = TestData.unique("tulip");
        Issuer issuer = fixtures.issuer();
        fixtures.badge(issuer, "Hundred " + word + " 100%", b -> { });
        fixtures.badge(issuer, "Plain " + word, b -> { });

        String html = mvc.perform(get("/").param("q", word + " 100%")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Hundred " + word).doesNotContain("Plain " + word);
        assertThat(page("/?q=" + word.replace('-', '_'))).contains("catalogue-empty");
    }

    @Test
    void filtersByIssuerAndOffersOnlyIssuersWithListedBadges() throws Exception {
        String word = TestData.unique("aster");
        Issuer first = fixtures.issuer();
        Issuer second = fixtures.issuer();
        Issuer hidden = fixtures.issuer();
        fixtures.badge(first, "First " + word);
        fixtures.badge(second, "Second " + word);
        fixtures.badge(hidden, "Hidden " + word, b -> b.setListed(false));

        String html = page("/?q=" + word + "&issuer=" + first.getSlug());

        assertThat(html).contains("First " + word).doesNotContain("Second " + word)
                .contains("<option value=\"" + first.getSlug() + "\" selected=\"selected\">")
                .contains("<option value=\"" + second.getSlug() + "\">")
                .doesNotContain("value=\"" + hidden.getSlug() + "\"");
    }

    @Test
    void pagesThroughTwentyFourCardsAtATimeKeepingTheFilter() throws Exception {
        Issuer issuer = fixtures.issuer();
        for (int i = 1; i <= 26; i++) {
            fixtures.badge(issuer, String.format("Paged %02d", i));
        }

        String first = page("/?issuer=" + issuer.getSlug());
        String second = page("/?issuer=" + issuer.getSlug() + "&page=1");

        assertThat(countCards(first)).isEqualTo(24);
        assertThat(first).contains("Page 1 of 2").contains("26 badges").contains("Paged 01").doesNotContain("Paged 25")
                .contains("href=\"/?issuer=" + issuer.getSlug() + "&amp;page=1\"");
        assertThat(countCards(second)).isEqualTo(2);
        assertThat(second).contains("Page 2 of 2").contains("Paged 25").contains("Paged 26");
    }

    @Test
    void showsAFriendlyEmptyStateWithAWayBack() throws Exception {
        String html = page("/?q=" + TestData.unique("nothing-like-this"));

        assertThat(html).contains("No badges match your search").contains("Show all badges");
        assertThat(countCards(html)).isZero();
    }

    @Test
    void toleratesOddParameters() throws Exception {
        mvc.perform(get("/").param("page", "-3").param("q", "x".repeat(500))).andExpect(status().isOk());
        mvc.perform(get("/").param("issuer", "no-such-issuer")).andExpect(status().isOk());
        mvc.perform(get("/").param("page", "abc")).andExpect(status().isBadRequest());
    }

    @Test
    void escapesHtmlInBadgeAndIssuerTexts() throws Exception {
        String word = TestData.unique("iris");
        Issuer issuer = fixtures.editIssuer(fixtures.issuer(), i -> i.updateProfile("<b>Bold</b> issuer " + word,
                null, null, null, i.getAcceptancePolicy()));
        fixtures.badge(issuer, "<script>alert('" + word + "')</script>",
                b -> b.setStrapline("<img src=x onerror=alert(1)>"));

        String html = page("/?q=" + word);

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>Bold</b>")
                .contains("&lt;script&gt;alert(&#39;" + word + "&#39;)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void showsTheVerifiedMarkOnlyForVerifiedIssuers() throws Exception {
        String word = TestData.unique("daisy");
        Issuer verified = fixtures.editIssuer(fixtures.issuer(), i -> i.setVerified(true));
        Issuer unverified = fixtures.issuer();
        fixtures.badge(verified, "Daisy " + word);
        fixtures.badge(unverified, "Daisy " + word);

        assertThat(page("/?q=" + word + "&issuer=" + verified.getSlug())).contains("verified-mark");
        assertThat(page("/?q=" + word + "&issuer=" + unverified.getSlug())).doesNotContain("verified-mark");
    }

    @Test
    void needsTheSameNumberOfQueriesHoweverManyBadgesAPageShows() throws Exception {
        Issuer issuer = fixtures.issuer();
        fixtures.badge(issuer, "Counted 1", b -> b.replaceTags(Set.of("one")));
        fixtures.badge(issuer, "Counted 2", b -> b.replaceTags(Set.of("two")));
        String path = "/?issuer=" + issuer.getSlug();

        long few = statementsFor(path);
        for (int i = 3; i <= 30; i++) {
            fixtures.badge(issuer, "Counted " + i, b -> b.replaceTags(Set.of("tag")));
        }
        long many = statementsFor(path);

        assertThat(few).isLessThanOrEqualTo(3);
        assertThat(many).isLessThanOrEqualTo(few + 1); // a count query once there is a second page
    }

    private long statementsFor(String path) throws Exception {
        return SqlStatements.countDuring(() -> page(path));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static int countCards(String html) {
        Matcher matcher = Pattern.compile("class=\"card h-100 badge-card\"").matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
