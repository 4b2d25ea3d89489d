package org.badgeportal.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** {@code /manage/{issuer}/api-keys}: owners create keys (secret shown once), see them listed and revoke them. */
@PortalTest
class IssuerApiKeysPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ApiKeys apiKeys;

    Issuer issuer;
    SignedInAccount owner;
    String page;

    @BeforeEach
    void issuerWithOwner() {
        Account account = data.account("keyowner");
        issuer = data.issuer(account, AcceptancePolicy.AUTOMATIC);
        owner = data.principal(account);
        page = "/manage/" + issuer.getSlug() + "/api-keys";
    }

    @Test
    void anOwnerCreatesAKeySeesItsSecretOnceAndRevokesItThroughThePage() throws Exception {
        MvcResult created = create(owner, "  Shop back end ")
                .andExpect(redirectedUrl(page))
                .andReturn();
        ApiKeys.NewKey key = (ApiKeys.NewKey) created.getFlashMap().get("newKey");
        assertThat(key.name()).isEqualTo("Shop back end");

        mvc.perform(get(page).with(user(owner)).cookie(created.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + key.secret() + "\"")))
                .andExpect(content().string(containsString("will not be shown again")))
                .andExpect(content().string(containsString("curl -H &#39;X-Api-Key: " + key.secret())))
                .andExpect(content().string(containsString("/v1/" + issuer.getSlug() + "/users/alice.json")));
        mvc.perform(get(page).with(user(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(key.secret()))))
                .andExpect(content().string(containsString("Shop back end")))
                .andExpect(content().string(containsString(key.prefix() + "…")))
                .andExpect(content().string(containsString(">never<")))
                .andExpect(content().string(containsString(">active<")));

        String users = "/v1/" + issuer.getSlug() + "/users.json";
        mvc.perform(get(users).header("X-Api-Key", key.secret())).andExpect(status().isOk());
        mvc.perform(get(page).with(user(owner)))
                .andExpect(content().string(not(containsString(">never<"))));

        mvc.perform(post(page + "/" + key.id() + "/revoke").with(user(owner)).with(csrf()))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(users).header("X-Api-Key", key.secret())).andExpect(status().isUnauthorized());
        mvc.perform(get(page).with(user(owner)))
                .andExpect(content().string(containsString(">revoked<")))
                .andExpect(content().string(not(containsString("/" + key.id() + "/revoke"))));
    }

    @Test
    void revokingWithHtmxAnswersTheRowInPlace() throws Exception {
        ApiKeys.NewKey key = apiKeys.create(issuer.getSlug(), "Cron job");
        mvc.perform(post(page + "/" + key.id() + "/revoke").with(user(owner)).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"key-" + key.id() + "\"")))
                .andExpect(content().string(containsString("Key “Cron job” revoked")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(apiKeys.authenticate(key.secret())).isEmpty();
    }

    @Test
    void theRevokeButtonAsksForConfirmation() throws Exception {
        apiKeys.create(issuer.getSlug(), "Cron job");
        mvc.perform(get(page).with(user(owner)))
                .andExpect(content().string(containsString("hx-confirm=\"Revoke the key “Cron job”?")))
                .andExpect(content().string(containsString("hx-post=\"" + page + "/")));
    }

    @Test
    void anInvalidNameGetsAFieldErrorAndCreatesNothing() throws Exception {
        create(owner, "   ")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("keyForm", "name"))
                .andExpect(content().string(containsString("Give it a name.")));
        create(owner, "k".repeat(101))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use at most 100 characters.")));
        assertThat(apiKeys.list(issuer.getSlug())).isEmpty();
    }

    @Test
    void staffOfTheIssuerCannotSeeCreateOrRevokeKeys() throws Exception {
        Account staffAccount = data.account("keystaff");
        data.addMember(issuer, staffAccount, MembershipRole.STAFF);
        SignedInAccount staff = data.principal(staffAccount);
        ApiKeys.NewKey key = apiKeys.create(issuer.getSlug(), "Owner's key");

        mvc.perform(get(page).with(user(staff))).andExpect(status().isForbidden());
        create(staff, "Mine").andExpect(status().isForbidden());
        mvc.perform(post(page + "/" + key.id() + "/revoke").with(user(staff)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(apiKeys.list(issuer.getSlug())).hasSize(1);
        assertThat(apiKeys.authenticate(key.secret())).isPresent();
        mvc.perform(get("/manage/" + issuer.getSlug()).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"" + page + "\""))));
    }

    @Test
    void anOwnerOfAnotherIssuerCannotRevokeThisIssuersKey() throws Exception {
        Account otherAccount = data.account("otherowner");
        Issuer other = data.issuer(otherAccount, AcceptancePolicy.AUTOMATIC);
        SignedInAccount otherOwner = data.principal(otherAccount);
        ApiKeys.NewKey key = apiKeys.create(issuer.getSlug(), "Owner's key");

        mvc.perform(post(page + "/" + key.id() + "/revoke").with(user(otherOwner)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/" + other.getSlug() + "/api-keys/" + key.id() + "/revoke")
                        .with(user(otherOwner)).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(get("/v1/" + issuer.getSlug() + "/users.json").header("X-Api-Key", key.secret()))
                .andExpect(status().isOk());
        assertThat(apiKeys.list(issuer.getSlug())).singleElement()
                .satisfies(row -> assertThat(row.active()).isTrue());
    }

    private ResultActions create(SignedInAccount who, String name) throws Exception {
        return mvc.perform(post(page).with(user(who)).with(csrf()).param("name", name));
    }
}
