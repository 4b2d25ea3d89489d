package org.badgeportal.awards.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardFixtures;
import org.badgeportal.awards.AwardIssued;
import org.badgeportal.awards.AwardRefusal;
import org.badgeportal.awards.AwardRefusedException;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.BulkOutcome;
import org.badgeportal.awards.BulkReport;
import org.badgeportal.awards.BulkRow;
import org.badgeportal.awards.BulkRowResult;
import org.badgeportal.awards.FailingAwardListener;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PortalTest
@RecordApplicationEvents
class BulkAwardTest {

    @Autowired
    AwardService service;
    @Autowired
    TestData data;
    @Autowired
    AwardFixtures fixtures;
    @Autowired
    FailingAwardListener failing;
    @Autowired
    ApplicationEvents events;

    Account owner;
    Issuer issuer;

    @BeforeEach
    void setUp() {
        owner = data.account("owner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
    }

    @AfterEach
    void disarm() {
        failing.disarm();
    }

    private static BulkRow row(int line, String recipient) {
        return BulkRow.of(line, recipient);
    }

    private static List<BulkOutcome> outcomes(BulkReport report) {
        return report.rows().stream().map(BulkRowResult::outcome).toList();
    }

    @Test
    void dryRunGivesEveryRowItsOutcomeWithoutWriting() {
        Badge badge = fixtures.badge(issuer, b -> {
            b.setUnique(true);
            b.setLimit(3);
        });
        service.issue(AwardRequest.of(badge, "held@example.org"));

        List<BulkRow> rows = List.of(
                row(1, "Held@Example.org"),
                row(2, "new1"),
                row(3, "new1"),
                row(4, "broken@"),
                row(5, "not a name"),
                new BulkRow(6, "new2", null, List.of("ftp://example.org/file"), null),
                new BulkRow(7, "new3", null, List.of(), "tomorrow"),
                new BulkRow(8, "new4", null, List.of(), "2001-01-31"),
                new BulkRow(9, "new5", "x".repeat(4001), List.of(), null),
                new BulkRow(10, "new6", "Well done", List.of("https://example.org/a"), "2099-01-31"),
                row(11, "new7"));

        BulkReport report = service.dryRun(badge.getId(), rows);

        assertThat(outcomes(report)).containsExactly(
                BulkOutcome.DUPLICATE_UNIQUE, BulkOutcome.NEW, BulkOutcome.DUPLICATE_IN_BATCH,
                BulkOutcome.INVALID_EMAIL, BulkOutcome.INVALID_RECIPIENT, BulkOutcome.INVALID_EVIDENCE,
                BulkOutcome.INVALID_DATE, BulkOutcome.INVALID_DATE, BulkOutcome.INVALID_NARRATIVE,
                BulkOutcome.NEW, BulkOutcome.OVER_LIMIT);
        assertThat(report.rows().get(3)).isEqualTo(new BulkRowResult(4, "broken@", BulkOutcome.INVALID_EMAIL, null));
        assertThat(report.awarded()).isEqualTo(2);
        assertThat(report.committed()).isFalse();
        assertThat(fixtures.awardsOf(badge)).isEqualTo(1);
        assertThat(fixtures.recipientsOf(issuer)).isEqualTo(1);
    }

    @Test
    void aBadgeThatIsNotUniqueMayGoTwiceToOneRecipientAndTheLimitCountsPeople() {
        Badge badge = fixtures.badge(issuer, b -> b.setLimit(2));
        BulkReport report = service.dryRun(badge.getId(),
                List.of(row(1, "ann"), row(2, "ann"), row(3, "bob"), row(4, "ann"), row(5, "cid")));
        assertThat(outcomes(report)).containsExactly(BulkOutcome.NEW, BulkOutcome.NEW, BulkOutcome.NEW,
                BulkOutcome.NEW, BulkOutcome.OVER_LIMIT);
    }

    @Test
    void commitWritesTheValidRowsAndReportsTheOthers() {
        Account verified = data.account("linked");
        Badge badge = data.badge(issuer, "Bulk");
        List<BulkRow> rows = List.of(
                new BulkRow(2, verified.getEmail(), "Great work", List.of("https://example.org/1",
                        "https://example.org/2"), "2099-01-31"),
                row(3, "site-user"),
                row(4, "bad@"));

        BulkReport report = service.commit(badge.getId(), rows, owner.getId());

        assertThat(report.committed()).isTrue();
        assertThat(outcomes(report)).containsExactly(BulkOutcome.NEW, BulkOutcome.NEW, BulkOutcome.INVALID_EMAIL);
        Award first = fixtures.award(report.rows().get(0).awardPublicId());
        assertThat(first.getStatus()).isEqualTo(AwardStatus.PENDING);
        assertThat(first.getNarrative()).isEqualTo("Great work");
        assertThat(first.getEvidence()).containsExactly("https://example.org/1", "https://example.org/2");
        assertThat(first.getExpiresAt()).isEqualTo(Instant.parse("2099-02-01T00:00:00Z"));
        assertThat(fixtures.linkedAccount(issuer, verified.getEmail())).isEqualTo(verified.getId());
        assertThat(report.rows().get(2).awardPublicId()).isNull();
        assertThat(fixtures.awardsOf(badge)).isEqualTo(2);
        assertThat(events.stream(AwardIssued.class)).hasSize(2);

        service.accept(first.getPublicId(), verified.getId());
        assertThat(fixtures.status(first.getPublicId())).isEqualTo(AwardStatus.ACCEPTED);
    }

    @Test
    void commitChecksAgainWhatChangedSinceTheDryRun() {
        Badge badge = fixtures.badge(issuer, b -> b.setUnique(true));
        List<BulkRow> rows = List.of(row(1, "early"), row(2, "late"));
        assertThat(service.dryRun(badge.getId(), rows).awarded()).isEqualTo(2);
        service.issue(AwardRequest.of(badge, "early"));

        BulkReport report = service.commit(badge.getId(), rows, owner.getId());
        assertThat(outcomes(report)).containsExactly(BulkOutcome.DUPLICATE_UNIQUE, BulkOutcome.NEW);
        assertThat(fixtures.awardsOf(badge)).isEqualTo(2);
    }

    @Test
    void onlyMembersCommitAndArchivedBadgesAreRefused() {
        Badge badge = data.badge(issuer, "Guarded");
        Account stranger = data.account("stranger");
        assertThatThrownBy(() -> service.commit(badge.getId(), List.of(row(1, "x")), stranger.getId()))
                .isInstanceOfSatisfying(AwardRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AwardRefusal.FORBIDDEN));
        Badge archived = fixtures.badge(issuer, b -> b.setArchived(true));
        assertThatThrownBy(() -> service.dryRun(archived.getId(), List.of(row(1, "x"))))
                .isInstanceOfSatisfying(AwardRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AwardRefusal.BADGE_ARCHIVED));
        assertThat(fixtures.awardsOf(badge)).isZero();
    }

    /**
     * Site-user names: every award to an email address queues a mail, and ten thousand deliveries to the shared
     * test SMTP server would hold up the mails every later test waits for.
     */
    private static List<BulkRow> manyRows(int count, String prefix) {
        List<BulkRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new BulkRow(i + 1, prefix + "-" + i, "Bulk narrative " + i,
                    List.of("https://example.org/evidence/" + i), null));
        }
        return rows;
    }

    @Test
    void tenThousandRowsCommitInOneGo() {
        Badge badge = data.badge(issuer, "Ten thousand");
        List<BulkRow> rows = manyRows(10_000, TestData.unique("many"));
        service.issue(AwardRequest.of(badge, rows.get(42).recipient()));

        long started = System.nanoTime();
        BulkReport dryRun = service.dryRun(badge.getId(), rows);
        long dryRunMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        BulkReport report = service.commit(badge.getId(), rows, owner.getId());
        long commitMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("BENCHMARK bulk award of 10000 rows: dry run %d ms, commit %d ms%n",
                dryRunMillis, commitMillis);

        assertThat(dryRun.awarded()).isEqualTo(10_000);
        assertThat(report.awarded()).isEqualTo(10_000);
        assertThat(fixtures.awardsOf(badge)).isEqualTo(10_001);
        assertThat(fixtures.earnersOf(badge)).isEqualTo(10_000);
        assertThat(fixtures.recipientsOf(issuer)).isEqualTo(10_000);
        assertThat(events.stream(AwardIssued.class)).hasSize(10_001);
    }

    @Test
    void aFailureWhileWritingLeavesNothingBehind() {
        Badge badge = data.badge(issuer, "All or nothing");
        List<BulkRow> rows = manyRows(2_000, TestData.unique("fail"));
        assertThat(service.dryRun(badge.getId(), rows).awarded()).isEqualTo(2_000);

        failing.failOnAward(1_500);
        assertThatThrownBy(() -> service.commit(badge.getId(), rows, owner.getId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Simulated failure");

        assertThat(fixtures.awardsOf(badge)).isZero();
        assertThat(fixtures.recipientsOf(issuer)).isZero();
    }
}
