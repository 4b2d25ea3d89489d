package org.badgeportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.store.IssuerRepository;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class AdminIssuersTest {

    static final String MARK = "class=\"verified-mark";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AccountRepository accounts;
    @Autowired
    IssuerRepository issuers;

    SignedInAccount admin;
    Account owner;
    Issuer issuer;

    @BeforeEach
    void createAdminAndIssuer() {
        Account account = data.account("admin");
        account.makeAdmin();
        accounts.save(account);
        admin = data.principal(account);
        owner = data.account("owner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
    }

    @Test
    void searchesIssuersByNameOrSlug() throws Exception {
        Issuer other = data.issuer(data.account("other"), AcceptancePolicy.AUTOMATIC);
        mvc.perform(get("/admin/issuers").param("q", issuer.getSlug().toUpperCase()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(issuer.getName())))
                .andExpect(content().string(not(containsString(other.getName()))));
        mvc.perform(get("/admin/issuers").param("q", other.getName().substring(13)).with(user(admin)))
                .andExpect(content().string(containsString(other.getName())))
                .andExpect(content().string(not(containsString(issuer.getName()))));
    }

    @Test
    void pagesThroughAllIssuers() throws Exception {
        for (int i = 0; i < AdminIssuersController.PAGE_SIZE + 1; i++) {
            data.issuer(owner, AcceptancePolicy.REQUIRED);
        }
        mvc.perform(get("/admin/issuers").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 1 of")))
                .andExpect(content().string(containsString("page=1")));
        mvc.perform(get("/admin/issuers").param("page", "1").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/issuers").param("page", "-3").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/issuers").param("page", "x").with(user(admin))).andExpect(status().isBadRequest());
    }

    @Test
    void verifyingShowsTheMarkToTheIssuersMembersAndUnverifyingRemovesIt() throws Exception {
        mvc.perform(get("/manage").with(user(data.principal(owner))))
                .andExpect(content().string(containsString(issuer.getName())))
                .andExpect(content().string(not(containsString(MARK))));

        mvc.perform(post("/admin/issuers/" + issuer.getSlug() + "/verify").param("q", issuer.getSlug())
                        .with(csrf()).with(user(admin)))
                .andExpect(redirectedUrl("/admin/issuers?q=" + issuer.getSlug()))
                .andExpect(flash().attribute("notice", containsString("is now verified")));
        assertThat(issuers.findBySlug(issuer.getSlug()).orElseThrow().isVerified()).isTrue();

        mvc.perform(get("/manage").with(user(data.principal(owner))))
                .andExpect(content().string(containsString(MARK)))
                .andExpect(content().string(containsString("Verified issuer")));
        mvc.perform(get("/manage/" + issuer.getSlug()).with(user(data.principal(owner))))
                .andExpect(content().string(containsString(MARK)));
        mvc.perform(get("/admin/issuers").param("q", issuer.getSlug()).with(user(admin)))
                .andExpect(content().string(containsString("Remove verification")));

        mvc.perform(post("/admin/issuers/" + issuer.getSlug() + "/unverify").with(csrf()).with(user(admin)))
                .andExpect(redirectedUrl("/admin/issuers"))
                .andExpect(flash().attribute("notice", containsString("no longer verified")));
        assertThat(issuers.findBySlug(issuer.getSlug()).orElseThrow().isVerified()).isFalse();
        mvc.perform(get("/manage").with(user(data.principal(owner))))
                .andExpect(content().string(not(containsString(MARK))));
    }

    @Test
    void verifyingAnUnknownIssuerIsNotFound() throws Exception {
        mvc.perform(post("/admin/issuers/no-such-issuer/verify").with(csrf()).with(user(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void namesAreEscapedOnTheAdministrationPage() throws Exception {
        Issuer hostile = data.issuer(owner, AcceptancePolicy.REQUIRED);
        hostile.updateProfile("<script>alert(1)</script>", "javascript:alert(2)", null, null,
                AcceptancePolicy.REQUIRED);
        issuers.save(hostile);
        mvc.perform(get("/admin/issuers").param("q", hostile.getSlug()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(not(containsString("href=\"javascript:"))));
    }
}
