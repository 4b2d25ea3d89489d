package org.badgeportal.awards.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardFixtures;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.badgeportal.system.PortalProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code /awards/{id}}: the public verification page, and who sees awards that are not public. */
@PortalTest
class AwardPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AwardService service;
    @Autowired
    TestData data;
    @Autowired
    AwardFixtures fixtures;
    @Autowired
    Clock clock;
    @Autowired
    PortalProperties properties;

    Account owner;
    Account earner;
    Issuer issuer;
    Badge badge;

    @BeforeEach
    void setUp() {
        owner = data.account("owner");
        earner = data.account("earner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        badge = data.badge(issuer, "Lifeguard");
    }

    private String award(AwardRequest request) {
        return service.issue(request).publicId();
    }

    private Document page(MockHttpServletRequestBuilder request, String email) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        if (email != null) {
            assertThat(html).as("the recipient's email never reaches a stranger").doesNotContain(email);
        }
        return Jsoup.parse(html);
    }

    private MockHttpServletRequestBuilder as(String publicId, Account viewer) {
        MockHttpServletRequestBuilder request = get("/awards/" + publicId);
        return viewer == null ? request : request.with(user(data.principal(viewer)));
    }

    @Test
    void anAcceptedAwardShowsBadgeIssuerRecipientDatesAndValidToEverybody() throws Exception {
        Instant now = clock.instant();
        String publicId = award(AwardRequest.of(badge, earner.getEmail()).withNarrative("Saved a swimmer")
                .withEvidence(List.of("https://example.org/report"))
                .withValidity(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365))));
        service.accept(publicId, earner.getId());
        Account stranger = data.account("stranger");

        for (Account viewer : new Account[] {null, stranger}) {
            Document page = page(as(publicId, viewer), earner.getEmail());
            assertThat(page.select("h1 .badge-name").text()).isEqualTo("Lifeguard");
            assertThat(page.select("h1 .badge-name").attr("href"))
                    .isEqualTo("/issuers/" + issuer.getSlug() + "/badges/" + badge.getSlug());
            assertThat(page.select("img.badge-image").attr("src")).isEqualTo(badge.getImageSrc());
            assertThat(page.select(".issuer-link").attr("href")).isEqualTo("/issuers/" + issuer.getSlug());
            assertThat(page.select(".issuer-link .issuer-name").text()).isEqualTo(issuer.getName());
            assertThat(page.select(".recipient a").text()).isEqualTo(earner.getDisplayName());
            assertThat(page.select(".recipient a").attr("href")).isEqualTo("/u/" + earner.getHandle());
            assertThat(page.select(".award-state").text()).startsWith("Valid.");
            assertThat(page.select(".narrative").text()).isEqualTo("Saved a swimmer");
            assertThat(page.select("main a[href=https://example.org/report]")).hasSize(1);
            assertThat(page.select("aside dl").text()).contains("Issued", "Valid from", "Expires");
            assertThat(page.select(".sent-to")).isEmpty();
        }
    }

    @Test
    void theVerifiedMarkShowsForVerifiedIssuers() throws Exception {
        fixtures.verifyIssuer(issuer);
        String publicId = award(AwardRequest.of(badge, earner.getEmail()));
        service.accept(publicId, earner.getId());
        assertThat(page(as(publicId, null), earner.getEmail()).select(".issuer-link .verified-mark")).hasSize(1);
    }

    @Test
    void pendingAndDeclinedAwardsDoNotExistForStrangersButDoForTheRecipientAndIssuerMembers() throws Exception {
        String pending = award(AwardRequest.of(badge, earner.getEmail()));
        String declined = award(AwardRequest.of(badge, earner.getEmail()));
        service.decline(declined, earner.getId());
        Account stranger = data.account("stranger");
        Account staff = data.account("staff");
        data.addMember(issuer, staff, MembershipRole.STAFF);

        for (String publicId : List.of(pending, declined)) {
            mvc.perform(as(publicId, null)).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Lifeguard"))));
            mvc.perform(as(publicId, stranger)).andExpect(status().isNotFound());
        }
        mvc.perform(as("00000000-0000-0000-0000-000000000000", null)).andExpect(status().isNotFound());

        Document mine = page(as(pending, earner), null);
        assertThat(mine.select(".award-private-note").text()).contains("has not been accepted yet");
        assertThat(mine.select(".sent-to").text()).isEqualTo(earner.getEmail());
        Document theirs = page(as(declined, staff), null);
        assertThat(theirs.select(".award-private-note").text()).contains("The recipient declined");
        assertThat(page(as(declined, owner), null).select(".award-state").text()).contains("Declined by the recipient");
    }

    @Test
    void aRevokedAwardStaysVerifiableAndSaysWhy() throws Exception {
        String publicId = award(AwardRequest.of(badge, earner.getEmail()));
        service.accept(publicId, earner.getId());
        service.revoke(publicId, "Certificate withdrawn <after review>", owner.getId());

        Document page = page(as(publicId, null), earner.getEmail());
        assertThat(page.select(".award-state").text()).startsWith("Revoked.");
        assertThat(page.select(".revocation-reason").text()).isEqualTo("Certificate withdrawn <after review>");
        assertThat(page.html()).contains("Certificate withdrawn &lt;after review&gt;");

        String pendingThenRevoked = award(AwardRequest.of(badge, earner.getEmail()));
        service.revoke(pendingThenRevoked, "Wrong person", owner.getId());
        assertThat(page(as(pendingThenRevoked, null), earner.getEmail()).select(".revocation-reason").text())
                .isEqualTo("Wrong person");
    }

    @Test
    void anAcceptedAwardPastItsExpiryShowsExpired() throws Exception {
        Instant now = clock.instant();
        String publicId = award(AwardRequest.of(badge, earner.getEmail())
                .withValidity(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35))));
        service.accept(publicId, earner.getId());

        Document page = page(as(publicId, null), earner.getEmail());
        assertThat(page.select(".award-state").text()).startsWith("Expired.").contains("This award expired on");
        assertThat(page.select(".award-state").text()).doesNotContain("Valid.");
    }

    @Test
    void theRecipientsPublicNameIsTheirProfileNameTheSiteUserNameOrNothing() throws Exception {
        Account hidden = data.account("hidden");
        fixtures.makeProfilePrivate(hidden);
        String privateProfile = award(AwardRequest.of(badge, hidden.getEmail()));
        service.accept(privateProfile, hidden.getId());
        Document page = page(as(privateProfile, null), hidden.getEmail());
        assertThat(page.select(".recipient").text()).isEqualTo("Awarded to a recipient");
        assertThat(page.html()).doesNotContain(hidden.getDisplayName() + "<").doesNotContain(hidden.getHandle());

        Issuer automatic = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        String siteUser = TestData.unique("daniel");
        String bySite = award(AwardRequest.of(data.badge(automatic, "Helper"), siteUser));
        assertThat(page(as(bySite, null), null).select(".recipient").text()).isEqualTo("Awarded to " + siteUser);

        String unlinkedEmail = TestData.unique("nobody") + "@example.org";
        String toEmail = award(AwardRequest.of(data.badge(automatic, "Mailed"), unlinkedEmail));
        assertThat(page(as(toEmail, null), unlinkedEmail).select(".recipient").text())
                .isEqualTo("Awarded to a recipient");
    }

    @Test
    void anAcceptedAwardOffersItsFilesALinkedInEntryTheShareTextAndSaysHowToCheckIt() throws Exception {
        Badge shared = fixtures.badge(issuer, b -> b.setShareText("I earned the lifeguard badge & more"));
        Instant issued = clock.instant();
        String publicId = award(AwardRequest.of(shared, earner.getEmail())
                .withValidity(issued.minus(Duration.ofDays(1)), issued.plus(Duration.ofDays(400))));
        service.accept(publicId, earner.getId());

        Document page = page(as(publicId, null), earner.getEmail());
        assertThat(page.select(".award-share a.download-png").attr("href")).isEqualTo("/awards/" + publicId + "/badge.png");
        assertThat(page.select(".award-share a.download-svg").attr("href")).isEqualTo("/awards/" + publicId + "/badge.svg");
        assertThat(page.select(".award-share a.download-credential").attr("href"))
                .isEqualTo("/awards/" + publicId + "/credential.json");
        assertThat(page.select("textarea.share-text").text()).isEqualTo("I earned the lifeguard badge & more");
        assertThat(page.select(".award-verify a.assertion-link").attr("href"))
                .isEqualTo("/awards/" + publicId + "/assertion.json");
        assertThat(page.select(".award-verify").text()).contains(properties.link("/awards/" + publicId),
                "revokes", "signed with the issuer's own key");

        var linkedIn = org.springframework.web.util.UriComponentsBuilder
                .fromUriString(page.select("a.add-to-linkedin").attr("href")).build();
        assertThat(linkedIn.getHost()).isEqualTo("www.linkedin.com");
        var query = linkedIn.getQueryParams();
        assertThat(decoded(query.getFirst("name"))).isEqualTo(shared.getName());
        assertThat(decoded(query.getFirst("organizationName"))).isEqualTo(issuer.getName());
        assertThat(decoded(query.getFirst("certUrl"))).isEqualTo(properties.link("/awards/" + publicId));
        assertThat(query.getFirst("certId")).isEqualTo(publicId);
        assertThat(query.getFirst("issueYear")).isEqualTo(String.valueOf(issued.atZone(java.time.ZoneOffset.UTC).getYear()));
        assertThat(query.getFirst("expirationYear")).isNotNull();
    }

    @Test
    void awardsThatAreNotAcceptedOfferNoFiles() throws Exception {
        String pending = award(AwardRequest.of(badge, earner.getEmail()));
        Document pendingPage = page(as(pending, earner), null);
        assertThat(pendingPage.select(".award-share")).isEmpty();
        assertThat(pendingPage.select(".award-verify")).isEmpty();

        service.revoke(pending, "Wrong person", owner.getId());
        Document revoked = page(as(pending, null), earner.getEmail());
        assertThat(revoked.select(".award-share")).isEmpty();
        assertThat(revoked.select(".award-verify a.assertion-link")).hasSize(1);
        assertThat(revoked.select(".award-verify").text()).doesNotContain("signed with the issuer's own key");
    }

    private static String decoded(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void everythingTheIssuerWroteIsEscaped() throws Exception {
        Badge nasty = data.badge(issuer, "<script>alert('badge')</script>");
        String publicId = award(AwardRequest.of(nasty, earner.getEmail())
                .withNarrative("<img src=x onerror=alert(1)>\"quoted\""));
        service.accept(publicId, earner.getId());

        mvc.perform(as(publicId, null))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;badge&#39;)&lt;/script&gt;")))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")));
    }
}
