package org.badgeportal.earners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Accepting, declining, hiding and showing again: in place with htmx, and with plain forms. */
@PortalTest
class AwardResponseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AwardService awards;
    @Autowired
    EarnerFixtures fixtures;

    Account owner;
    Account earner;
    Issuer issuer;
    Badge badge;

    @BeforeEach
    void setUp() {
        owner = data.account("owner");
        earner = data.account("earner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        badge = data.badge(issuer, "Kindness");
    }

    private String award() {
        return awards.issue(AwardRequest.of(badge, earner.getEmail())).publicId();
    }

    private MockHttpServletRequestBuilder action(String publicId, String action, Account actor) {
        return post("/me/awards/" + publicId + "/" + action).with(csrf()).with(user(data.principal(actor)));
    }

    private Document htmx(String publicId, String action, String from, int expectedStatus) throws Exception {
        String html = mvc.perform(action(publicId, action, earner).header("HX-Request", "true").param("from", from))
                .andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    void acceptingInPlaceAnswersTheSameCardAndTheCountersOutOfBand() throws Exception {
        String first = award();
        award();

        Document answer = htmx(first, "accept", "", 200);
        Element card = answer.getElementById("award-" + first);
        assertThat(card).isNotNull();
        assertThat(card.hasClass("award-card")).isTrue();
        assertThat(card.attr("data-status")).isEqualTo("accepted");
        assertThat(card.select(".award-status").text()).isEqualTo("Accepted");
        assertThat(card.select("button").eachText()).containsExactly("Hide from my profile: Kindness");
        assertThat(card.hasAttr("hx-swap-oob")).as("the card is the main swap").isFalse();

        Element counter = answer.getElementById("pending-count");
        assertThat(counter.attr("hx-swap-oob")).isEqualTo("true");
        assertThat(counter.text()).isEqualTo("1 waiting for your answer");
        assertThat(answer.getElementById("pending-heading-count").text()).isEqualTo("1");
        assertThat(answer.getElementById("pending-heading-count").attr("hx-swap-oob")).isEqualTo("true");
        assertThat(answer.getElementById("award-filters").attr("hx-swap-oob")).isEqualTo("true");
        assertThat(answer.getElementById("count-accepted").text()).isEqualTo("1");
        assertThat(fixtures.status(first)).isEqualTo(AwardStatus.ACCEPTED);
    }

    @Test
    void hideAndShowAgainInPlaceAndTheLastPendingHidesTheCounter() throws Exception {
        String publicId = award();

        Document declined = htmx(publicId, "decline", "pending", 200);
        assertThat(declined.getElementById("award-" + publicId).select("button").eachText())
                .containsExactly("Show again: Kindness");
        assertThat(declined.getElementById("pending-count").hasClass("d-none")).isTrue();
        assertThat(declined.getElementById("pending-heading-count")).as("only on /me").isNull();
        assertThat(declined.select("input[name=from]").val()).isEqualTo("pending");
        assertThat(fixtures.status(publicId)).isEqualTo(AwardStatus.DECLINED);

        Document shown = htmx(publicId, "accept", "declined", 200);
        assertThat(shown.getElementById("award-" + publicId).select("button").eachText())
                .containsExactly("Hide from my profile: Kindness");
        assertThat(fixtures.status(publicId)).isEqualTo(AwardStatus.ACCEPTED);

        Document hidden = htmx(publicId, "decline", "accepted", 200);
        assertThat(hidden.getElementById("award-" + publicId).attr("data-status")).isEqualTo("declined");
        assertThat(fixtures.status(publicId)).isEqualTo(AwardStatus.DECLINED);
    }

    @Test
    void withoutJavaScriptTheFormsPostAndReturnToTheSamePageWithANotice() throws Exception {
        String publicId = award();

        mvc.perform(action(publicId, "accept", earner))
                .andExpect(redirectedUrl("/me"))
                .andExpect(flash().attribute("notice", "You accepted \"Kindness\"."));
        assertThat(fixtures.status(publicId)).isEqualTo(AwardStatus.ACCEPTED);

        mvc.perform(action(publicId, "decline", earner).param("from", "accepted"))
                .andExpect(redirectedUrl("/me/awards?status=accepted"))
                .andExpect(flash().attribute("notice", "You declined \"Kindness\": it is hidden from your profile."));
        assertThat(fixtures.status(publicId)).isEqualTo(AwardStatus.DECLINED);

        mvc.perform(action(publicId, "accept", earner).param("from", "https://evil.example/"))
                .andExpect(redirectedUrl("/me"));
        assertThat(fixtures.status(publicId)).isEqualTo(AwardStatus.ACCEPTED);
    }

    @Test
    void onlyTheLinkedAccountMayAnswerIssuerStaffAndOthersGetForbidden() throws Exception {
        String publicId = award();
        Account staff = data.account("staff");
        data.addMember(issuer, staff, MembershipRole.STAFF);
        Account stranger = data.account("stranger");

        for (Account actor : new Account[] {staff, owner, stranger}) {
            mvc.perform(action(publicId, "accept", actor))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("You are not allowed to do this.")));
            String html = mvc.perform(action(publicId, "decline", actor).header("HX-Request", "true"))
                    .andExpect(status().isForbidden())
                    .andReturn().getResponse().getContentAsString();
            Document answer = Jsoup.parseBodyFragment(html);
            assertThat(answer.select(".alert").text()).isEqualTo("You are not allowed to do this.");
            assertThat(answer.text()).as("nothing of the award shown to others").doesNotContain("Kindness");
        }
        mvc.perform(post("/me/awards/" + publicId + "/accept").with(csrf()))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/me/awards/" + publicId + "/accept").with(user(data.principal(earner))))
                .andExpect(status().isForbidden());
        assertThat(fixtures.status(publicId)).as("without a CSRF token nothing changes").isEqualTo(AwardStatus.PENDING);

        mvc.perform(action("no-such-award", "accept", earner)).andExpect(status().isNotFound());
    }

    @Test
    void aRevokedAwardCannotBeAnsweredAndSaysWhy() throws Exception {
        String publicId = award();
        awards.revoke(publicId, "Awarded by mistake", owner.getId());

        mvc.perform(action(publicId, "accept", earner))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("This award was revoked and cannot change any more.")));

        Document answer = htmx(publicId, "decline", "", 409);
        Element card = answer.getElementById("award-" + publicId);
        assertThat(card.select(".revocation").text()).contains("Awarded by mistake");
        assertThat(card.select("[role=alert]").text()).isEqualTo("This award was revoked and cannot change any more.");
        assertThat(card.select("form")).isEmpty();
        assertThat(answer.getElementById("pending-count").hasClass("d-none")).isTrue();
        assertThat(fixtures.status(publicId)).isEqualTo(AwardStatus.REVOKED);
    }
}
