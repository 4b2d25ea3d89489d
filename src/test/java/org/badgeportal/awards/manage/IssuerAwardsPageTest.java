package org.badgeportal.awards.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.List;
import java.util.stream.IntStream;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.awards.AwardFixtures;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.BulkRow;
import org.badgeportal.awards.IssuedAward;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.SqlStatements;
import org.badgeportal.support.TestData;
import org.badgeportal.system.Digests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PortalTest
class IssuerAwardsPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AwardFixtures fixtures;
    @Autowired
    AwardService service;
    @Autowired
    JdbcTemplate jdbc;

    Account ownerAccount;
    Issuer issuer;
    SignedInAccount owner;
    String listPath;

    @BeforeEach
    void setUp() {
        ownerAccount = data.account("lister");
        issuer = data.issuer(ownerAccount, AcceptancePolicy.REQUIRED);
        owner = data.principal(ownerAccount);
        listPath = "/manage/" + issuer.getSlug() + "/awards";
    }

    private ResultActions list(String... parameters) throws Exception {
        var request = get(listPath).with(user(owner));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    private static int rows(ResultActions result) throws Exception {
        String html = result.andReturn().getResponse().getContentAsString();
        return html.split("class=\"award-row\"", -1).length - 1;
    }

    private void award(Badge badge, String prefix, int count) {
        List<BulkRow> rows = IntStream.rangeClosed(1, count).mapToObj(i -> BulkRow.of(i, prefix + "-" + i)).toList();
        service.commit(badge.getId(), rows, ownerAccount.getId());
    }

    private String row(String publicId) {
        return "id=\"award-" + publicId + "\"";
    }

    @Test
    void theListShowsAwardsNewestFirstWithStatusAccountAndNotification() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        Account linked = data.account("linked");
        IssuedAward older = service.issue(AwardRequest.of(badge, "site-user-" + TestData.unique("x")));
        IssuedAward newer = service.issue(AwardRequest.of(badge, linked.getEmail()));

        String html = list().andExpect(content().string(allOf(
                        containsString("href=\"/manage/" + issuer.getSlug() + "/awards\" aria-current=\"page\""),
                        containsString(linked.getEmail()),
                        containsString(linked.getDisplayName()),
                        containsString("Pending"),
                        containsString("No mail"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html.indexOf(row(newer.publicId()))).isLessThan(html.indexOf(row(older.publicId())));
    }

    @Test
    void filtersByStatusBadgeAndRecipient() throws Exception {
        Badge first = fixtures.badge(issuer, b -> { });
        Badge second = fixtures.badge(issuer, b -> { });
        String alice = "alice-" + TestData.unique("a");
        IssuedAward kept = service.issue(AwardRequest.of(first, alice));
        IssuedAward revoked = service.issue(AwardRequest.of(first, "bob-" + TestData.unique("b")));
        service.revoke(revoked.publicId(), "Mistake", ownerAccount.getId());
        IssuedAward other = service.issue(AwardRequest.of(second, "carol-" + TestData.unique("c")));

        assertThat(rows(list())).isEqualTo(3);
        assertThat(rows(list("status", "revoked").andExpect(content().string(containsString(row(revoked.publicId())))))).isEqualTo(1);
        assertThat(rows(list("status", "pending"))).isEqualTo(2);
        assertThat(rows(list("status", "declined"))).isZero();
        assertThat(rows(list("badge", second.getSlug()).andExpect(content().string(containsString(row(other.publicId())))))).isEqualTo(1);
        assertThat(rows(list("recipient", alice.substring(0, 12).toUpperCase())
                .andExpect(content().string(containsString(row(kept.publicId())))))).isEqualTo(1);
        assertThat(rows(list("recipient", "%"))).isZero();
    }

    @Test
    void pagesOf25KeepTheFiltersAndCostAFixedNumberOfStatements() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        award(badge, "few", 3);
        long few = SqlStatements.countDuring(() -> list("badge", badge.getSlug()));

        award(badge, "many", 27);
        long many = SqlStatements.countDuring(() -> list("badge", badge.getSlug()));

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(8);
        ResultActions first = list("badge", badge.getSlug(), "status", "pending");
        assertThat(rows(first)).isEqualTo(25);
        first.andExpect(content().string(containsString(
                "href=\"/manage/" + issuer.getSlug() + "/awards?status=pending&amp;badge=" + badge.getSlug() + "&amp;page=1\"")));
        assertThat(rows(list("badge", badge.getSlug(), "status", "pending", "page", "1"))).isEqualTo(5);
    }

    @Test
    void theListReachesBackToTheNewestThousandAndSaysSoWhenMoreMatch() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        award(badge, "crowd", IssuerAwards.LISTED);
        list().andExpect(content().string(not(containsString("more-awards"))))
                .andExpect(content().string(containsString("Page 1 of 40")));

        award(badge, "latest", 5);
        String first = list().andExpect(content().string(containsString("Page 1 of 40")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains("More than 1,000 awards match: the list shows the newest 1,000.")
                .contains(">latest-5<");
        ResultActions beyond = list("page", "400").andExpect(content().string(containsString("Page 40 of 40")));
        assertThat(rows(beyond)).isEqualTo(25);
        list("recipient", "crowd-1").andExpect(content().string(not(containsString("more-awards"))));
    }

    @Test
    void revokingInPlaceAnswersWithTheRowRenderedAgain() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        IssuedAward award = service.issue(AwardRequest.of(badge, "gone-" + TestData.unique("g")));

        mvc.perform(post(listPath + "/" + award.publicId() + "/revoke").param("reason", "Copied <the> work")
                        .header("HX-Request", "true").with(user(owner)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<tr class=\"award-row\" " + row(award.publicId())),
                        containsString("Revoked"),
                        containsString("Reason: Copied &lt;the&gt; work"),
                        not(containsString("<html")),
                        not(containsString("name=\"reason\"")))));

        assertThat(fixtures.status(award.publicId())).isEqualTo(AwardStatus.REVOKED);
        assertThat(fixtures.award(award.publicId()).getRevocationReason()).isEqualTo("Copied <the> work");
    }

    @Test
    void aRevocationWithoutReasonShowsTheErrorInTheRow() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        IssuedAward award = service.issue(AwardRequest.of(badge, "stay-" + TestData.unique("s")));

        mvc.perform(post(listPath + "/" + award.publicId() + "/revoke").param("reason", " ")
                        .header("HX-Request", "true").with(user(owner)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give a reason of 1 to 500 characters.")));
        assertThat(fixtures.status(award.publicId())).isEqualTo(AwardStatus.PENDING);
    }

    @Test
    void withoutHtmxTheActionRedirectsBackWithANotice() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        String name = "plain-" + TestData.unique("p");
        IssuedAward award = service.issue(AwardRequest.of(badge, name));

        mvc.perform(post(listPath + "/" + award.publicId() + "/revoke").param("reason", "Duplicate")
                        .with(user(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "Revoked " + badge.getName() + " of " + name + "."));
        assertThat(fixtures.status(award.publicId())).isEqualTo(AwardStatus.REVOKED);
    }

    @Test
    void membersOfAnotherIssuerCannotRevoke() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        IssuedAward award = service.issue(AwardRequest.of(badge, "safe-" + TestData.unique("s")));
        Account strangerAccount = data.account("stranger");
        Issuer strangers = data.issuer(strangerAccount, AcceptancePolicy.REQUIRED);
        SignedInAccount stranger = data.principal(strangerAccount);

        mvc.perform(post(listPath + "/" + award.publicId() + "/revoke").param("reason", "Mine now")
                        .header("HX-Request", "true").with(user(stranger)).with(csrf()))
                .andExpect(status().isForbidden());
        // through their own dashboard the award is not found
        mvc.perform(post("/manage/" + strangers.getSlug() + "/awards/" + award.publicId() + "/revoke")
                        .param("reason", "Mine now").header("HX-Request", "true").with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(fixtures.status(award.publicId())).isEqualTo(AwardStatus.PENDING);
    }

    @Test
    void resendQueuesANewMailForTheAward() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        String email = TestData.unique("again") + "@example.org";
        IssuedAward award = service.issue(AwardRequest.of(badge, email));
        long before = mailsAbout(award);

        mvc.perform(post(listPath + "/" + award.publicId() + "/resend")
                        .header("HX-Request", "true").with(user(owner)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(row(award.publicId())),
                        containsString("The notification to " + email + " is queued again."))));

        assertThat(before).isEqualTo(1);
        assertThat(mailsAbout(award)).isEqualTo(2);
    }

    @Test
    void aSiteUserGetsAClaimLinkToCopy() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        IssuedAward award = service.issue(AwardRequest.of(badge, "claimer-" + TestData.unique("c")));

        list().andExpect(content().string(allOf(containsString("/awards/" + award.publicId() + "/claim-link"),
                not(containsString("/awards/" + award.publicId() + "/resend")))));
        String html = mvc.perform(post(listPath + "/" + award.publicId() + "/claim-link")
                        .header("HX-Request", "true").with(user(owner)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("readonly"), containsString("data-copy-target=\"#claim-"),
                        containsString("http://localhost:8080/claim/"))))
                .andReturn().getResponse().getContentAsString();

        assertThat(fixtures.claimTokenHash(award.recipientId())).isNotNull();
        String token = html.replaceAll("(?s).*/claim/([A-Za-z0-9_-]+)\".*", "$1");
        assertThat(Digests.sha256Hex(token)).isEqualTo(fixtures.claimTokenHash(award.recipientId()));
    }

    @Test
    void theBadgeListShowsAwardFiguresAndLinksToAwarding() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        service.issue(AwardRequest.of(badge, "fig-1"));
        service.issue(AwardRequest.of(badge, "fig-1"));
        service.issue(AwardRequest.of(badge, "fig-2"));

        mvc.perform(get("/manage/" + issuer.getSlug() + "/badges").with(user(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("3 awards, 2 earners"),
                        containsString("href=\"/manage/" + issuer.getSlug() + "/badges/" + badge.getSlug() + "/award\""))));
        mvc.perform(get("/manage/" + issuer.getSlug() + "/badges/" + badge.getSlug() + "/edit").with(user(owner)))
                .andExpect(content().string(containsString(
                        "href=\"/manage/" + issuer.getSlug() + "/badges/" + badge.getSlug() + "/bulk\"")));
    }

    private long mailsAbout(IssuedAward award) {
        Long count = jdbc.queryForObject("select count(*) from outbound_mail where award_id = ?", Long.class, award.awardId());
        return count == null ? 0 : count;
    }
}
