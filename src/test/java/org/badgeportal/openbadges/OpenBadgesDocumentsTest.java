package org.badgeportal.openbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.SqlStatements;
import org.badgeportal.support.TestData;
import org.badgeportal.system.PortalProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Open Badges 2.0 documents: shapes, hashed recipients, revocation, visibility and content negotiation. */
@PortalTest
class OpenBadgesDocumentsTest {

    private static final String LD_JSON = "application/ld+json";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObFixtures fixtures;
    @Autowired
    JsonMapper json;
    @Autowired
    PortalProperties properties;
    @Autowired
    Clock clock;

    Account owner;
    Issuer issuer;
    Badge badge;

    @BeforeEach
    void setUp() {
        owner = fixtures.owner();
        issuer = fixtures.issuer(owner);
        badge = fixtures.badge(issuer, "Lifeguard");
    }

    private String link(String path) {
        return properties.link(path);
    }

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse();
    }

    private JsonNode document(String path, int status) throws Exception {
        MockHttpServletResponse response = fetch(get(path), status);
        assertThat(response.getContentType()).startsWith(LD_JSON);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode document(String path) throws Exception {
        return document(path, 200);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theIssuerProfileNamesTheIssuerAndItsRevocationList() throws Exception {
        fixtures.describe(issuer, "https://lifeguards.example/", "contact@lifeguards.example", "We teach swimming");
        String slug = issuer.getSlug();

        JsonNode profile = document("/issuers/" + slug + "/profile.json");

        assertThat(profile.get("@context").asString()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(profile.get("type").asString()).isEqualTo("Issuer");
        assertThat(profile.get("id").asString()).isEqualTo(link("/issuers/" + slug + "/profile.json"));
        assertThat(profile.get("name").asString()).isEqualTo(issuer.getName());
        assertThat(profile.get("url").asString()).isEqualTo("https://lifeguards.example/");
        assertThat(profile.get("email").asString()).isEqualTo("contact@lifeguards.example");
        assertThat(profile.get("description").asString()).isEqualTo("We teach swimming");
        assertThat(profile.get("revocationList").asString()).isEqualTo(link("/issuers/" + slug + "/revocations.json"));
    }

    @Test
    void anIssuerWithoutAWebsiteLinksItsPublicPageAndHasNoEmptyFields() throws Exception {
        JsonNode profile = document("/issuers/" + issuer.getSlug() + "/profile.json");

        assertThat(profile.get("url").asString()).isEqualTo(link("/issuers/" + issuer.getSlug()));
        assertThat(profile.has("email")).isFalse();
        assertThat(profile.has("description")).isFalse();
    }

    @Test
    void theBadgeClassHasEveryRequiredField() throws Exception {
        JsonNode badgeClass = document("/issuers/" + issuer.getSlug() + "/badges/" + badge.getSlug()
                + "/badgeclass.json");

        assertThat(badgeClass.get("@context").asString()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(badgeClass.get("type").asString()).isEqualTo("BadgeClass");
        assertThat(badgeClass.get("id").asString())
                .isEqualTo(link("/issuers/" + issuer.getSlug() + "/badges/" + badge.getSlug() + "/badgeclass.json"));
        assertThat(badgeClass.get("name").asString()).isEqualTo("Lifeguard");
        assertThat(badgeClass.get("description").asString()).isEqualTo("Shows that the earner did Lifeguard");
        assertThat(badgeClass.get("image").asString()).isEqualTo("https://example.org/" + badge.getSlug() + ".png");
        assertThat(badgeClass.get("issuer").asString()).isEqualTo(link("/issuers/" + issuer.getSlug() + "/profile.json"));
        assertThat(badgeClass.get("criteria").get("id").asString())
                .as("without criteria of its own, the badge page describes them")
                .isEqualTo(link("/issuers/" + issuer.getSlug() + "/badges/" + badge.getSlug()));
    }

    @Test
    void criteriaBecomeAMarkdownNarrativeAndTheNameStandsInForAMissingDescription() throws Exception {
        Badge described = fixtures.badgeWithCriteria(issuer, "Rescuer", "https://lifeguards.example/rescuer",
                "Swim 400 m", "Pass the first-aid test");

        JsonNode badgeClass = document("/issuers/" + issuer.getSlug() + "/badges/" + described.getSlug()
                + "/badgeclass.json");

        assertThat(badgeClass.get("description").asString()).isEqualTo("Rescuer");
        assertThat(badgeClass.get("criteria").get("id").asString()).isEqualTo("https://lifeguards.example/rescuer");
        assertThat(badgeClass.get("criteria").get("narrative").asString())
                .isEqualTo("- Swim 400 m\n- Pass the first-aid test");
        assertThat(badgeClass.get("tags")).extracting(JsonNode::asString).containsExactlyInAnyOrder("safety", "swimming");
    }

    @Test
    void aBadgeWithAStoredImageLinksItByAbsoluteUrl() throws Exception {
        Badge stored = fixtures.badgeWithImage(issuer, "Stored", org.badgeportal.support.TestImages.png());

        JsonNode badgeClass = document("/issuers/" + issuer.getSlug() + "/badges/" + stored.getSlug()
                + "/badgeclass.json");

        assertThat(badgeClass.get("image").asString()).isEqualTo(link("/images/" + stored.getImage().getId()));
    }

    @Test
    void anAcceptedAwardHasAHostedAssertionWithAHashedEmail() throws Exception {
        String email = TestData.unique("swimmer") + "@example.org";
        String publicId = fixtures.award(AwardRequest.of(badge, email).withNarrative("Saved a swimmer")
                .withEvidence(List.of("https://example.org/rescue-report")));

        MockHttpServletResponse response = fetch(get("/awards/" + publicId + "/assertion.json"), 200);
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        JsonNode assertion = json.readTree(text);

        assertThat(text).doesNotContain(email).doesNotContain(email.substring(0, email.indexOf('@')));
        assertThat(assertion.get("@context").asString()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(assertion.get("type").asString()).isEqualTo("Assertion");
        assertThat(assertion.get("id").asString()).isEqualTo(link("/awards/" + publicId + "/assertion.json"));
        assertThat(assertion.get("badge").asString())
                .isEqualTo(link("/issuers/" + issuer.getSlug() + "/badges/" + badge.getSlug() + "/badgeclass.json"));
        assertThat(assertion.get("verification").get("type").asString()).isEqualTo("hosted");
        assertThat(Instant.parse(assertion.get("issuedOn").asString()))
                .isCloseTo(clock.instant(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
        assertThat(assertion.has("expires")).isFalse();
        assertThat(assertion.get("narrative").asString()).isEqualTo("Saved a swimmer");
        assertThat(assertion.get("evidence").get(0).asString()).isEqualTo("https://example.org/rescue-report");
        assertThat(assertion.get("image").asString()).isEqualTo(link("/awards/" + publicId + "/badge.png"));

        JsonNode recipient = assertion.get("recipient");
        assertThat(recipient.get("type").asString()).isEqualTo("email");
        assertThat(recipient.get("hashed").asBoolean()).isTrue();
        String salt = recipient.get("salt").asString();
        assertThat(salt).hasSizeGreaterThanOrEqualTo(16);
        assertThat(recipient.get("identity").asString()).isEqualTo("sha256$" + sha256(email + salt));
    }

    @Test
    void theSaltIsStableForOneAwardAndDiffersBetweenAwards() throws Exception {
        String email = TestData.unique("twice") + "@example.org";
        String first = fixtures.award(badge, email);
        String second = fixtures.award(fixtures.badge(issuer, "Diver"), email);

        JsonNode once = document("/awards/" + first + "/assertion.json").get("recipient");
        JsonNode again = document("/awards/" + first + "/assertion.json").get("recipient");
        JsonNode other = document("/awards/" + second + "/assertion.json").get("recipient");

        assertThat(again).isEqualTo(once);
        assertThat(other.get("salt").asString()).isNotEqualTo(once.get("salt").asString());
        assertThat(other.get("identity").asString()).isNotEqualTo(once.get("identity").asString());
    }

    @Test
    void aSiteUserIsAHashedUrlOfTheIssuer() throws Exception {
        String user = TestData.unique("daniel");
        String publicId = fixtures.award(badge, user);

        String text = fetch(get("/awards/" + publicId + "/assertion.json"), 200)
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode recipient = json.readTree(text).get("recipient");

        assertThat(text).doesNotContain(user);
        assertThat(recipient.get("type").asString()).isEqualTo("url");
        assertThat(recipient.get("hashed").asBoolean()).isTrue();
        String identity = link("/issuers/" + issuer.getSlug()) + "#user=" + user;
        assertThat(recipient.get("identity").asString())
                .isEqualTo("sha256$" + sha256(identity + recipient.get("salt").asString()));
    }

    @Test
    void anExpiredAwardStillHasItsAssertionWithItsExpiry() throws Exception {
        Instant now = clock.instant();
        Instant expired = ObFixtures.daysAgo(now, 1).truncatedTo(ChronoUnit.SECONDS);
        String publicId = fixtures.award(AwardRequest.of(badge, TestData.unique("old") + "@example.org")
                .withValidity(ObFixtures.daysAgo(now, 30), expired));

        JsonNode assertion = document("/awards/" + publicId + "/assertion.json");

        assertThat(Instant.parse(assertion.get("expires").asString())).isEqualTo(expired);
    }

    @Test
    void aRevokedAwardIsGoneWithItsReasonAndOnTheIssuersRevocationList() throws Exception {
        String publicId = fixtures.award(badge, TestData.unique("cheat") + "@example.org");
        fixtures.revoke(publicId, "Copied the test", owner);
        String assertionUrl = link("/awards/" + publicId + "/assertion.json");

        JsonNode gone = document("/awards/" + publicId + "/assertion.json", 410);
        assertThat(gone.get("@context").asString()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(gone.get("type").asString()).isEqualTo("Assertion");
        assertThat(gone.get("id").asString()).isEqualTo(assertionUrl);
        assertThat(gone.get("revoked").asBoolean()).isTrue();
        assertThat(gone.get("revocationReason").asString()).isEqualTo("Copied the test");
        assertThat(gone.has("recipient")).isFalse();

        JsonNode list = document("/issuers/" + issuer.getSlug() + "/revocations.json");
        assertThat(list.get("type").asString()).isEqualTo("RevocationList");
        assertThat(list.get("id").asString()).isEqualTo(link("/issuers/" + issuer.getSlug() + "/revocations.json"));
        assertThat(list.get("issuer").asString()).isEqualTo(link("/issuers/" + issuer.getSlug() + "/profile.json"));
        assertThat(list.get("revokedAssertions")).hasSize(1);
        assertThat(list.get("revokedAssertions").get(0).get("id").asString()).isEqualTo(assertionUrl);
        assertThat(list.get("revokedAssertions").get(0).get("revocationReason").asString())
                .isEqualTo("Copied the test");
    }

    @Test
    void pendingAndUnknownAwardsAndIssuersAreNotFoundAsJson() throws Exception {
        Issuer consenting = fixtures.issuerWithConsent(owner);
        String pending = fixtures.award(fixtures.badge(consenting, "Pending"), TestData.unique("p") + "@example.org");

        for (String path : List.of("/awards/" + pending + "/assertion.json", "/awards/no-such-award/assertion.json",
                "/issuers/no-such-issuer/profile.json", "/issuers/no-such-issuer/revocations.json",
                "/issuers/" + issuer.getSlug() + "/badges/no-such-badge/badgeclass.json")) {
            assertThat(document(path, 404).get("error").asString()).as(path).isEqualTo("not found");
        }
        MockHttpServletResponse browser = fetch(get("/awards/" + pending + "/assertion.json")
                .header("Accept", BROWSER_ACCEPT), 404);
        assertThat(browser.getContentType()).startsWith(LD_JSON);
    }

    @Test
    void thePublicPagesAnswerJsonLdWhenAskedAndHtmlToBrowsers() throws Exception {
        String publicId = fixtures.award(badge, TestData.unique("n") + "@example.org");
        String issuerPage = "/issuers/" + issuer.getSlug();
        String badgePage = issuerPage + "/badges/" + badge.getSlug();
        String awardPage = "/awards/" + publicId;

        assertNegotiated(issuerPage, issuerPage + "/profile.json");
        assertNegotiated(badgePage, badgePage + "/badgeclass.json");
        assertNegotiated(awardPage, awardPage + "/assertion.json");
    }

    private void assertNegotiated(String page, String documentPath) throws Exception {
        MockHttpServletResponse asked = fetch(get(page).header("Accept", LD_JSON), 200);
        assertThat(asked.getContentType()).startsWith(LD_JSON);
        assertThat(json.readTree(asked.getContentAsString(StandardCharsets.UTF_8))).isEqualTo(document(documentPath));

        for (MockHttpServletRequestBuilder html : List.of(get(page).header("Accept", BROWSER_ACCEPT), get(page))) {
            MockHttpServletResponse response = fetch(html, 200);
            assertThat(response.getContentType()).as(page).startsWith("text/html");
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("<html");
        }
    }

    @Test
    void theAssertionAndTheRevocationListCostAFewStatementsWhateverTheirSize() throws Exception {
        String publicId = fixtures.award(AwardRequest.of(badge, TestData.unique("e") + "@example.org")
                .withEvidence(List.of("https://example.org/a", "https://example.org/b")));
        for (int i = 0; i < 5; i++) {
            String revoked = fixtures.award(badge, TestData.unique("r") + "@example.org");
            fixtures.revoke(revoked, "Reason " + i, owner);
        }

        long assertion = SqlStatements.countDuring(() -> fetch(get("/awards/" + publicId + "/assertion.json"), 200));
        long revocations = SqlStatements.countDuring(
                () -> fetch(get("/issuers/" + issuer.getSlug() + "/revocations.json"), 200));

        assertThat(assertion).isLessThanOrEqualTo(3);
        assertThat(revocations).isLessThanOrEqualTo(2);
        assertThat(document("/issuers/" + issuer.getSlug() + "/revocations.json").get("revokedAssertions"))
                .hasSize(5);
    }
}
