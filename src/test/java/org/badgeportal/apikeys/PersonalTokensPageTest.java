package org.badgeportal.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The personal access tokens section of {@code /me/settings}: create (shown once), list and revoke. */
@PortalTest
class PersonalTokensPageTest {

    static final String SETTINGS = "/me/settings";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PersonalTokens tokens;

    Account account;
    SignedInAccount me;

    @BeforeEach
    void signedIn() {
        account = data.account("tokenholder");
        me = data.principal(account);
    }

    @Test
    void theSettingsPageExplainsTokensAndListsNoneAtFirst() throws Exception {
        mvc.perform(get(SETTINGS).with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Personal access tokens")))
                .andExpect(content().string(containsString("accept and decline your awards and manage your collections")))
                .andExpect(content().string(containsString("You have no tokens yet.")))
                .andExpect(content().string(containsString("action=\"/me/settings/tokens\"")))
                .andExpect(content().string(containsString("value=\"" + account.getHandle() + "\"")));
    }

    @Test
    void aCreatedTokenIsShownOnceAuthenticatesAndStopsWorkingWhenRevoked() throws Exception {
        MvcResult created = mvc.perform(post(SETTINGS + "/tokens").with(user(me)).with(csrf()).param("name", "Phone app"))
                .andExpect(redirectedUrl(SETTINGS + "#tokens"))
                .andReturn();
        PersonalTokens.NewToken token = (PersonalTokens.NewToken) created.getFlashMap().get("newToken");

        mvc.perform(get(SETTINGS).with(user(me)).cookie(created.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + token.secret() + "\"")))
                .andExpect(content().string(containsString("will not be shown again")));
        mvc.perform(get(SETTINGS).with(user(me)))
                .andExpect(content().string(not(containsString(token.secret()))))
                .andExpect(content().string(containsString("Phone app")))
                .andExpect(content().string(containsString(token.prefix() + "…")))
                .andExpect(content().string(containsString(">active<")));

        assertThat(tokens.authenticate(token.secret()))
                .hasValueSatisfying(credential -> assertThat(credential.accountId()).isEqualTo(account.getId()));

        mvc.perform(post(SETTINGS + "/tokens/" + token.id() + "/revoke").with(user(me)).with(csrf()))
                .andExpect(redirectedUrl(SETTINGS + "#tokens"));
        assertThat(tokens.authenticate(token.secret())).isEmpty();
        mvc.perform(get(SETTINGS).with(user(me)))
                .andExpect(content().string(containsString(">revoked<")));
    }

    @Test
    void revokingWithHtmxAnswersTheRowInPlace() throws Exception {
        PersonalTokens.NewToken token = tokens.create(account.getId(), "Script");
        mvc.perform(post(SETTINGS + "/tokens/" + token.id() + "/revoke").with(user(me)).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"token-" + token.id() + "\"")))
                .andExpect(content().string(containsString("Token “Script” revoked")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(tokens.authenticate(token.secret())).isEmpty();
    }

    @Test
    void anotherAccountCannotRevokeMyToken() throws Exception {
        PersonalTokens.NewToken token = tokens.create(account.getId(), "Mine");
        SignedInAccount someoneElse = data.principal(data.account("intruder"));

        mvc.perform(post(SETTINGS + "/tokens/" + token.id() + "/revoke").with(user(someoneElse)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(tokens.authenticate(token.secret())).isPresent();
        mvc.perform(post(SETTINGS + "/tokens/" + token.id() + "/revoke").with(csrf()))
                .andExpect(redirectedUrl("/login"));
        assertThat(tokens.list(account.getId())).singleElement()
                .satisfies(row -> assertThat(row.active()).isTrue());
    }

    @Test
    void anInvalidNameGetsAFieldErrorOnTheSettingsPageAndCreatesNothing() throws Exception {
        MvcResult refused = mvc.perform(post(SETTINGS + "/tokens").with(user(me)).with(csrf()).param("name", " "))
                .andExpect(redirectedUrl(SETTINGS + "#tokens"))
                .andReturn();
        mvc.perform(get(SETTINGS).with(user(me)).cookie(refused.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give it a name.")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post(SETTINGS + "/tokens").with(user(me)).with(csrf()).param("name", "t".repeat(101)));
        assertThat(tokens.list(account.getId())).isEmpty();
    }
}
