package org.badgeportal.earners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.IssuedAward;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.badgeportal.support.TestMailServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** How awards reach an account: by verifying the address they were sent to, or with a claim link. */
@PortalTest
class LinkingAndClaimTest {

    private static final String PASSWORD = "violet staple orbit canyon";
    private static final Pattern VERIFY_LINK = Pattern.compile("https?://[^/\\s]+(/verify/[A-Za-z0-9_-]{43})\\s");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AwardService awards;
    @Autowired
    AccountRepository accounts;
    @Autowired
    EarnerFixtures fixtures;

    Account owner;
    Issuer issuer;
    Badge badge;

    @BeforeEach
    void setUp() {
        owner = data.account("owner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        badge = data.badge(issuer, "First aid");
    }

    private Document page(String path, Account account) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(data.principal(account))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void anAwardSentBeforeTheAccountExistedShowsOnMeAfterSignUpAndVerification() throws Exception {
        String handle = TestData.unique("late").toLowerCase();
        String email = handle + "@example.org";
        String publicId = awards.issue(AwardRequest.of(badge, email)).publicId();

        mvc.perform(post("/signup").with(csrf())
                        .param("email", email).param("displayName", "Late Comer").param("handle", handle)
                        .param("password", PASSWORD).param("confirmPassword", PASSWORD))
                .andExpect(redirectedUrl("/verify/sent"));
        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.isEmailVerified()).isFalse();

        Matcher link = VERIFY_LINK.matcher(TestMailServer.awaitMailTo(email, "/verify/").getContent().toString());
        assertThat(link.find()).isTrue();
        mvc.perform(get(link.group(1))).andExpect(redirectedUrl("/login?verified"));

        Document me = page("/me", account);
        assertThat(me.select("#pending-awards .award-card").eachAttr("id")).containsExactly("award-" + publicId);
        assertThat(me.select("#pending-count").text()).startsWith("1");
        mvc.perform(post("/me/awards/" + publicId + "/accept").with(csrf()).with(user(data.principal(account))))
                .andExpect(redirectedUrl("/me"));
        assertThat(fixtures.status(publicId)).isEqualTo(AwardStatus.ACCEPTED);
    }

    @Test
    void aClaimLinkAsksBeforeLinkingWorksOnceAndBringsAnonymousVisitorsBackAfterSignIn() throws Exception {
        String siteUser = TestData.unique("daniel");
        IssuedAward award = awards.issue(AwardRequest.of(badge, siteUser));
        String token = awards.createClaimLink(award.recipientId(), owner.getId());
        Account daniel = data.account("daniel");

        MvcResult anonymous = mvc.perform(get("/claim/" + token)).andExpect(redirectedUrl("/login")).andReturn();
        Cookie session = anonymous.getResponse().getCookie("SESSION"); // sessions live in the database
        String back = mvc.perform(post("/login").with(csrf()).cookie(session)
                        .param("email", daniel.getEmail()).param("password", TestData.PASSWORD))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(back).contains("/claim/" + token);

        Document confirm = page("/claim/" + token, daniel);
        assertThat(confirm.select(".issuer-name").text()).contains(issuer.getName());
        assertThat(confirm.select(".claim-user").text()).isEqualTo(siteUser);
        assertThat(confirm.select("main form[method=post]").attr("action")).isEqualTo("/claim/" + token);
        assertThat(page("/me", daniel).select(".award-card")).as("nothing linked before confirming").isEmpty();

        mvc.perform(post("/claim/" + token).with(csrf()).with(user(data.principal(daniel))))
                .andExpect(redirectedUrl("/me"))
                .andExpect(flash().attribute("notice",
                        "The awards of \"" + siteUser + "\" from " + issuer.getName() + " are now linked to your account."));
        assertThat(page("/me", daniel).select("#pending-awards .award-card").eachAttr("id"))
                .containsExactly("award-" + award.publicId());

        Account thief = data.account("thief");
        mvc.perform(post("/claim/" + token).with(csrf()).with(user(data.principal(thief))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This claim link is not valid or has already been used.")));
        mvc.perform(get("/claim/" + token).with(user(data.principal(thief))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This claim link does not work")));
        mvc.perform(get("/claim/unknown-token").with(user(data.principal(thief))))
                .andExpect(status().isNotFound());
        assertThat(page("/me", thief).select(".award-card")).isEmpty();
    }
}
