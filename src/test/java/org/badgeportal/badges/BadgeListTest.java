package org.badgeportal.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.Set;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.badges.store.ProgramRepository;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.SqlStatements;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

@PortalTest
class BadgeListTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    BadgeRepository badges;
    @Autowired
    ProgramRepository programs;
    @Autowired
    TransactionTemplate transactions;

    Issuer issuer;
    SignedInAccount owner;
    String listPath;

    @BeforeEach
    void setUp() {
        Account account = data.account("lister");
        issuer = data.issuer(account, AcceptancePolicy.REQUIRED);
        owner = data.principal(account);
        listPath = "/manage/" + issuer.getSlug() + "/badges";
    }

    private ResultActions list(String... parameters) throws Exception {
        var request = get(listPath).with(user(owner));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    private Badge badge(String name, java.util.function.Consumer<Badge> change) {
        Badge badge = data.badge(issuer, name);
        return transactions.execute(s -> {
            Badge stored = badges.findById(badge.getId()).orElseThrow();
            change.accept(stored);
            return stored;
        });
    }

    @Test
    void showsActiveBadgesByDefaultAndArchivedOnesOnRequest() throws Exception {
        badge("Active swimmer", b -> { });
        badge("Retired runner", b -> b.setArchived(true));

        list().andExpect(content().string(containsString("Active swimmer")))
                .andExpect(content().string(not(containsString("Retired runner"))));
        list("archived", "false").andExpect(content().string(not(containsString("Retired runner"))));
        list("archived", "true").andExpect(content().string(containsString("Retired runner")))
                .andExpect(content().string(not(containsString("Active swimmer"))));
        list("archived", "any").andExpect(content().string(containsString("Retired runner")))
                .andExpect(content().string(containsString("Active swimmer")));
    }

    @Test
    void searchesNameSlugAndStrapline() throws Exception {
        badge("Chess master", b -> b.setStrapline("Checkmate in style"));
        badge("Knitting", b -> b.setStrapline("Purl and plain"));
        Badge bySlug = badge("Origami", b -> { });

        list("q", "CHESS").andExpect(content().string(containsString("Chess master")))
                .andExpect(content().string(not(containsString("Knitting"))));
        list("q", "purl").andExpect(content().string(containsString("Knitting")))
                .andExpect(content().string(not(containsString("Chess master"))));
        list("q", bySlug.getSlug()).andExpect(content().string(containsString("Origami")))
                .andExpect(content().string(not(containsString("Knitting"))));
        list("q", "100%_").andExpect(content().string(not(containsString("Knitting"))))
                .andExpect(content().string(containsString("No badges match")));
    }

    @Test
    void filtersByProgramAndTag() throws Exception {
        Program term = transactions.execute(s -> programs.save(new Program(issuer, "term-2", "Term 2", null)));
        badge("In the program", b -> b.setProgram(term));
        badge("Tagged badge", b -> b.replaceTags(Set.of("music", "team")));
        badge("Plain badge", b -> { });

        list("program", "term-2").andExpect(content().string(containsString("In the program")))
                .andExpect(content().string(not(containsString("Tagged badge"))))
                .andExpect(content().string(not(containsString("Plain badge"))));
        list("tag", "Music").andExpect(content().string(containsString("Tagged badge")))
                .andExpect(content().string(not(containsString("In the program"))))
                .andExpect(content().string(not(containsString("Plain badge"))));
    }

    @Test
    void showsTwentyPerPageWithLinksThatKeepTheFilters() throws Exception {
        for (int i = 1; i <= 23; i++) {
            int n = i;
            badge(String.format("Paged %02d", i), b -> b.replaceTags(Set.of("paged", "n" + n)));
        }
        list("tag", "paged")
                .andExpect(content().string(containsString("Paged 20")))
                .andExpect(content().string(not(containsString("Paged 21"))))
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andExpect(content().string(containsString("tag=paged&amp;page=1")));
        list("tag", "paged", "page", "1")
                .andExpect(content().string(containsString("Paged 21")))
                .andExpect(content().string(containsString("Paged 23")))
                .andExpect(content().string(not(containsString("Paged 20"))));
    }

    @Test
    void aPageOfBadgesCostsAFixedNumberOfQueries() throws Exception {
        for (int i = 1; i <= 20; i++) {
            badge("Counted " + i, b -> b.replaceTags(Set.of("x", "y")));
        }
        long statements = SqlStatements.countDuring(() -> list().andExpect(content().string(containsString("Counted 9"))));
        // issuer, programs, page, count, image ids, tags, award statistics, the navigation's pending counter
        // and the membership check of the security rule: nine, however many badges there are
        assertThat(statements).isLessThanOrEqualTo(9);
    }

    @Test
    void rowsLinkToTheEditorAndShowTheirState() throws Exception {
        Badge listed = badge("Listed one", b -> { });
        badge("Hidden one", b -> b.setListed(false));
        list().andExpect(content().string(containsString(
                        "href=\"/manage/" + issuer.getSlug() + "/badges/" + listed.getSlug() + "/edit\"")))
                .andExpect(content().string(containsString("Not listed")))
                .andExpect(content().string(containsString(">Listed<")));
    }

    @Test
    void onlyMembersSeeTheList() throws Exception {
        SignedInAccount stranger = data.principal(data.account("stranger"));
        mvc.perform(get(listPath).with(user(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/manage/" + TestData.unique("nobody") + "/badges").with(user(owner)))
                .andExpect(status().isForbidden());
    }
}
