package org.badgeportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.accounts.store.AccountTokenRepository;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.badgeportal.support.TestMailServer;
import org.badgeportal.system.Digests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** "Forgot your password?": a mailed link, valid for an hour and once, that tells nobody who has an account. */
@PortalTest
class PasswordResetTest {

    private static final Pattern RESET_LINK = Pattern.compile("https?://[^/\\s]+(/reset/[A-Za-z0-9_-]{43})\\s");
    private static final String NEW_PASSWORD = "a brand new passphrase";
    /** Sign-in and password links are rate-limited per address: this test counts against an address of its own. */
    private static final RequestPostProcessor OWN_ADDRESS = request -> {
        request.setRemoteAddr("198.51.100.7");
        return request;
    };

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AccountRepository accounts;
    @Autowired
    AccountTokenRepository tokens;
    @Autowired
    Clock clock;

    @Test
    void aMailedLinkSetsANewPasswordOnceAndTheOldOneStopsWorking() throws Exception {
        Account account = data.account("forgetful");
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/login/forgot\"")));

        mvc.perform(post("/login/forgot").with(csrf()).with(OWN_ADDRESS)
                .param("email", "  " + account.getEmail().toUpperCase() + " "))
                .andExpect(redirectedUrl("/login/forgot/sent"));
        String body = TestMailServer.awaitMailTo(account.getEmail(), "/reset/").getContent().toString();
        assertThat(body).contains("Hello forgetful", "60 minutes");
        Matcher link = RESET_LINK.matcher(body);
        assertThat(link.find()).as("reset link in %s", body).isTrue();

        mvc.perform(get(link.group(1))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a new password")));
        mvc.perform(post(link.group(1)).with(csrf()).with(OWN_ADDRESS)
                .param("password", "short").param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A password has 12 to 128 characters.")));
        mvc.perform(post(link.group(1)).with(csrf()).with(OWN_ADDRESS)
                .param("password", NEW_PASSWORD).param("confirmPassword", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two passwords do not match.")));
        mvc.perform(post(link.group(1)).with(csrf()).with(OWN_ADDRESS)
                .param("password", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?reset"));

        mvc.perform(formLogin("/login").user("email", account.getEmail()).password(TestData.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("email", account.getEmail()).password(NEW_PASSWORD))
                .andExpect(authenticated().withUsername(account.getEmail()));

        mvc.perform(get(link.group(1))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("was used already")));
        mvc.perform(post(link.group(1)).with(csrf()).with(OWN_ADDRESS).param("password", "yet another passphrase")
                        .param("confirmPassword", "yet another passphrase"))
                .andExpect(status().isBadRequest());
        mvc.perform(formLogin("/login").user("email", account.getEmail()).password(NEW_PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void unknownAddressesGetTheSameAnswerAndNoMail() throws Exception {
        String unknown = TestData.unique("nobody") + "@example.org";
        Account account = data.account("known");

        String forUnknown = sentPage(unknown);
        String forKnown = sentPage(account.getEmail());

        assertThat(forUnknown.replace(unknown, "ADDRESS")).isEqualTo(forKnown.replace(account.getEmail(), "ADDRESS"));
        TestMailServer.awaitMailTo(account.getEmail(), "/reset/");
        assertThat(TestMailServer.get().getReceivedMessages()).noneSatisfy(mail ->
                assertThat(java.util.Arrays.toString(mail.getAllRecipients())).contains(unknown));
    }

    @Test
    void expiredUnknownAndMalformedLinksAreRefusedAndChangeNothing() throws Exception {
        Account account = data.account("late");
        String token = Tokens.newToken();
        tokens.save(new AccountToken(account, TokenPurpose.PASSWORD_RESET, Digests.sha256Hex(token),
                clock.instant().minusSeconds(1)));

        for (String path : new String[] {"/reset/" + token, "/reset/" + Tokens.newToken(), "/reset/not a token <b>"}) {
            mvc.perform(get(path)).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("href=\"/login/forgot\"")))
                    .andExpect(content().string(not(containsString("<b>"))));
        }
        mvc.perform(post("/reset/" + token).with(csrf()).with(OWN_ADDRESS).param("password", NEW_PASSWORD)
                .param("confirmPassword", NEW_PASSWORD)).andExpect(status().isBadRequest());
        assertThat(accounts.findById(account.getId()).orElseThrow().getPasswordHash())
                .isEqualTo(account.getPasswordHash());

        mvc.perform(post("/login/forgot").with(csrf()).with(OWN_ADDRESS).param("email", "not an address"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
    }

    private String sentPage(String email) throws Exception {
        var asked = mvc.perform(post("/login/forgot").with(csrf()).with(OWN_ADDRESS).param("email", email))
                .andExpect(redirectedUrl("/login/forgot/sent")).andReturn();
        String page = mvc.perform(get("/login/forgot/sent").cookie(asked.getResponse().getCookies())) // flash: session
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("If an account has the address " + email);
        return page;
    }
}
