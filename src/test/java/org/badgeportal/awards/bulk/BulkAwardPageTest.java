package org.badgeportal.awards.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardFixtures;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.BulkOutcome;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@PortalTest
class BulkAwardPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AwardFixtures fixtures;
    @Autowired
    AwardService service;

    Issuer issuer;
    SignedInAccount owner;

    @BeforeEach
    void setUp() {
        Account account = data.account("bulk");
        issuer = data.issuer(account, AcceptancePolicy.AUTOMATIC);
        owner = data.principal(account);
    }

    private String path(Badge badge) {
        return "/manage/" + issuer.getSlug() + "/badges/" + badge.getSlug() + "/bulk";
    }

    private ResultActions check(Badge badge, String text) throws Exception {
        return mvc.perform(multipart(path(badge)).param("text", text).param("step", "check")
                .with(user(owner)).with(csrf()));
    }

    private ResultActions commit(Badge badge, String text) throws Exception {
        return mvc.perform(post(path(badge)).param("text", text).param("step", "commit")
                .with(user(owner)).with(csrf()));
    }

    @Test
    void theCheckShowsEveryOutcomeAndWritesNothingThenTheCommitAwardsExactlyTheValidRows() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> {
            b.setUnique(true);
            b.setLimit(3);
        });
        String held = TestData.unique("held") + "@example.org";
        service.issue(AwardRequest.of(badge, held));
        String first = TestData.unique("first");
        String second = TestData.unique("second");
        String text = String.join("\n",
                held,
                first,
                first,
                "broken@",
                "not a name!",
                "evidence-user,,ftp://example.org/x",
                "date-user,,,2001-01-31",
                second,
                "over-limit-user");

        check(badge, text)
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Checked 9 rows"),
                        containsString("Already has this badge"),
                        containsString("Appears earlier in this upload"),
                        containsString("Not a valid email address"),
                        containsString("Not a valid user name"),
                        containsString("Evidence is not a list of at most 10 http(s) addresses"),
                        containsString("Expiry is not a future date"),
                        containsString("Over the badge"),
                        containsString("Will be awarded: 2"),
                        containsString("Award 2 badges"),
                        containsString("over-limit-user"))));
        assertThat(fixtures.awardsOf(badge)).isEqualTo(1);

        MvcResult committed = commit(badge, text)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(path(badge)))
                .andExpect(flash().attribute("notice", "Awarded 2 badges; skipped 7 rows."))
                .andReturn();
        assertThat(fixtures.awardsOf(badge)).isEqualTo(3);
        assertThat(fixtures.recipientsOf(issuer)).isEqualTo(3);

        BulkSummary summary = (BulkSummary) committed.getFlashMap().get("summary");
        assertThat(summary.awarded()).isEqualTo(2);
        assertThat(summary.skippedByOutcome()).containsEntry(BulkOutcome.DUPLICATE_UNIQUE, 1L)
                .containsEntry(BulkOutcome.OVER_LIMIT, 1L);
        mvc.perform(get(path(badge)).with(user(owner)).cookie(committed.getResponse().getCookies()))
                .andExpect(content().string(allOf(containsString("Awarded: 2"), containsString("Skipped: 7"),
                        containsString("over-limit-user"))));
    }

    @Test
    void theCommitChecksAgainWhateverTheClientSends() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> b.setUnique(true));
        String name = TestData.unique("again");

        check(badge, name).andExpect(content().string(containsString("Award 1 badges")));
        service.issue(AwardRequest.of(badge, name)); // someone else was quicker

        commit(badge, name + "\n" + name + "\nbroken@")
                .andExpect(flash().attribute("notice", "Awarded 0 badges; skipped 3 rows."));
        assertThat(fixtures.awardsOf(badge)).isEqualTo(1);
    }

    @Test
    void aCsvFileIsReadWithItsColumns() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        String csv = """
                recipient,narrative,evidence,expiry
                csv-one,"Led the ""big"" project",https://example.org/one https://example.org/two,2099-12-31
                csv-two,,,
                """;
        MockMultipartFile file = new MockMultipartFile("file", "awards.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart(path(badge)).file(file).param("text", "").param("step", "check")
                        .with(user(owner)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Checked 2 rows"), containsString("csv-one"),
                        containsString("Award 2 badges"))))
                // the commit form carries the file's text
                .andExpect(content().string(containsString("Led the &quot;&quot;big&quot;&quot; project")));

        commit(badge, csv).andExpect(status().is3xxRedirection());

        assertThat(fixtures.awardsOf(badge)).isEqualTo(2);
        Award award = fixtures.award(fixtures.publicIdsOf(badge).stream()
                .filter(id -> fixtures.award(id).getRecipient().getIdentifier().equals("csv-one")).findFirst().orElseThrow());
        assertThat(award.getNarrative()).isEqualTo("Led the \"big\" project");
        assertThat(award.getEvidence()).containsExactly("https://example.org/one", "https://example.org/two");
    }

    @Test
    void brokenCsvAndEmptyInputAreExplainedAndNothingIsChecked() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });

        check(badge, "  \n ").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Paste at least one recipient, or choose a file.")));
        check(badge, "ok-user\n\"never closed")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Line 2: a quoted field is never closed."),
                        not(containsString("Award 1 badges")))));
        commit(badge, "a,b,c,d,e").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Line 1: more than four columns")));
        assertThat(fixtures.awardsOf(badge)).isZero();
    }

    @Test
    void anArchivedBadgeIsRefused() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> b.setArchived(true));

        check(badge, "someone").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This badge is archived")));
        commit(badge, "someone").andExpect(status().isUnprocessableContent());
        assertThat(fixtures.awardsOf(badge)).isZero();
    }

    @Test
    void tenThousandPastedLinesAreCheckedAndAwarded() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        String prefix = TestData.unique("u");
        String text = IntStream.rangeClosed(1, 10_000).mapToObj(i -> prefix + "-" + i)
                .collect(Collectors.joining("\r\n"));

        check(badge, text).andExpect(status().isOk())
                .andExpect(content().string(containsString("Award 10,000 badges")));
        commit(badge, text).andExpect(status().is3xxRedirection());

        assertThat(fixtures.awardsOf(badge)).isEqualTo(10_000);
        assertThat(fixtures.recipientsOf(issuer)).isEqualTo(10_000);
    }
}
