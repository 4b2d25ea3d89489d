package org.badgeportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class SiteAdministratorTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRepository accounts;
    @Autowired
    SiteAdministrator siteAdministrator;

    @Test
    void theFirstStartCreatesAVerifiedAdministratorWhoCanSignIn() throws Exception {
        Account admin = accounts.findByEmail("admin@badges.local").orElseThrow();
        assertThat(admin.isAdmin()).isTrue();
        assertThat(admin.isEmailVerified()).isTrue();
        assertThat(admin.getHandle()).isEqualTo("admin");

        mvc.perform(formLogin("/login").user("email", "admin@badges.local").password("admin-password-for-tests"))
                .andExpect(authenticated().withRoles("USER", "ADMIN"));
    }

    @Test
    void laterStartsLeaveTheAdministratorAlone() {
        long before = accounts.count();
        String hash = accounts.findByEmail("admin@badges.local").orElseThrow().getPasswordHash();

        siteAdministrator.run(null);

        assertThat(accounts.count()).isEqualTo(before);
        assertThat(accounts.findByEmail("admin@badges.local").orElseThrow().getPasswordHash()).isEqualTo(hash);
    }
}
