package org.badgeportal.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.mail.DevelopmentMailbox;
import org.badgeportal.mail.MailOutbox;
import org.badgeportal.mail.MailSummary;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@PortalTest
class MailboxTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MailOutbox outbox;
    @Autowired
    DevelopmentMailbox mailbox;
    @Autowired
    AccountRepository accounts;
    @Autowired
    TestData testData;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theAdministratorSeesTheNewestMailsFirstAndOpensOneWithSafeLinks() throws Exception {
        String to = TestData.unique("reader") + "@example.org";
        String subject = TestData.unique("Welcome <b>");
        transactions.executeWithoutResult(status -> outbox.queue(to, subject,
                "Hi <script>alert(1)</script>,\nopen https://example.org/a?x=1&y=2. Not javascript:alert(1)"));
        MailSummary newest = mailbox.page(0).getContent().get(0);

        mvc.perform(get("/admin/mailbox").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/mailbox\"")))
                .andExpect(content().string(containsString("href=\"/admin/issuers\"")))
                .andExpect(content().string(containsString(to)))
                .andExpect(content().string(containsString(subject.replace("<", "&lt;").replace(">", "&gt;"))))
                .andExpect(content().string(containsString("href=\"/admin/mailbox/" + newest.id() + "\"")));

        mvc.perform(get("/admin/mailbox/" + newest.id()).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<a href=\"https://example.org/a?x=1&amp;y=2\" rel=\"noopener noreferrer nofollow\">"
                                + "https://example.org/a?x=1&amp;y=2</a>.")))
                .andExpect(content().string(containsString("Hi &lt;script&gt;alert(1)&lt;/script&gt;,")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("href=\"javascript"))));
    }

    @Test
    void anUnknownMailIsNotFound() throws Exception {
        mvc.perform(get("/admin/mailbox/999999999").with(user(admin())))
                .andExpect(status().isNotFound());
    }

    @Test
    void otherAccountsAreRefusedAndAnonymousVisitorsAreSentToSignIn() throws Exception {
        SignedInAccount someone = testData.principal(testData.account("curious"));
        mvc.perform(get("/admin/mailbox").with(user(someone))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/mailbox")).andExpect(redirectedUrl("/login"));
    }

    private SignedInAccount admin() {
        return testData.principal(accounts.findByEmail("admin@badges.local").orElseThrow());
    }
}
