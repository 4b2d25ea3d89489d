package org.badgeportal.awards;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.lifecycle.AwardRepository;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.BadgeAwardStats;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The recipient-side queries and the dashboard figures. */
@PortalTest
class AwardQueriesTest {

    @Autowired
    AwardService service;
    @Autowired
    AwardRepository awards;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    Account owner;
    Account earner;
    Issuer issuer;
    Badge reading;
    Badge writing;

    @BeforeEach
    void setUp() {
        owner = data.account("owner");
        earner = data.account("earner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        reading = data.badge(issuer, "Reading");
        writing = data.badge(issuer, "Writing");
    }

    private String award(Badge badge, String recipient) {
        return service.issue(AwardRequest.of(badge, recipient)).publicId();
    }

    @Test
    void anAccountsAwardsByStatusComeWithBadgeAndIssuerPageByPage() {
        String a1 = award(reading, earner.getEmail());
        String a2 = award(writing, earner.getEmail());
        String a3 = award(reading, earner.getEmail());
        service.accept(a3, earner.getId());
        award(reading, "someone-else@example.org");

        Page<Award> pending = awards.findForAccount(earner.getId(), AwardStatus.PENDING,
                PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "issuedAt")));
        assertThat(pending.getTotalElements()).isEqualTo(2);
        assertThat(pending.getTotalPages()).isEqualTo(2);
        Award first = pending.getContent().get(0);
        assertThat(first.getPublicId()).isIn(a1, a2);
        // Fetched with the award: readable outside the transaction (open-in-view is off).
        assertThat(first.getBadge().getName()).isIn("Reading", "Writing");
        assertThat(first.getBadge().getIssuer().getSlug()).isEqualTo(issuer.getSlug());
        assertThat(first.getRecipient().getIdentifier()).isEqualTo(earner.getEmail());

        assertThat(awards.findForAccount(earner.getId(), AwardStatus.ACCEPTED, PageRequest.of(0, 10))
                .map(Award::getPublicId)).containsExactly(a3);
        assertThat(awards.countPendingForAccount(earner.getId())).isEqualTo(2);
    }

    @Test
    void publicAwardsAreAcceptedAndUnexpiredGroupedByBadge() {
        Instant now = clock.instant();
        for (int i = 0; i < 2; i++) {
            service.accept(award(reading, earner.getEmail()), earner.getId());
        }
        service.accept(award(writing, earner.getEmail()), earner.getId());
        award(writing, earner.getEmail());
        String declined = award(writing, earner.getEmail());
        service.decline(declined, earner.getId());
        String revoked = award(writing, earner.getEmail());
        service.accept(revoked, earner.getId());
        service.revoke(revoked, "Mistake", owner.getId());
        String expired = service.issue(AwardRequest.of(writing, earner.getEmail())
                .withValidity(now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)))).publicId();
        service.accept(expired, earner.getId());

        List<PublicBadgeCount> counts = awards.findPublicBadgeCounts(earner.getId(), clock.instant());

        assertThat(counts).extracting(PublicBadgeCount::badgeName, PublicBadgeCount::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Reading", 2L),
                        org.assertj.core.groups.Tuple.tuple("Writing", 1L));
        PublicBadgeCount readingCount = counts.stream().filter(c -> c.badgeName().equals("Reading")).findFirst()
                .orElseThrow();
        assertThat(readingCount.issuerSlug()).isEqualTo(issuer.getSlug());
        assertThat(readingCount.imageSrc()).isEqualTo(reading.getImageSrc());
        assertThat(readingCount.latestIssuedAt()).isNotNull();
        assertThat(awards.findPublicBadgeCounts(owner.getId(), clock.instant())).isEmpty();
    }

    @Test
    void dashboardFiguresForAPageOfBadgesInOneCall() {
        Badge untouched = data.badge(issuer, "Untouched");
        award(reading, "ann");
        award(reading, "ann");
        String bob = award(reading, "bob");
        String revoked = award(reading, "cid");
        service.revoke(revoked, "Mistake", owner.getId());
        service.issue(AwardRequest.of(writing, "ann"));
        assertThat(bob).isNotNull();

        Map<Long, BadgeAwardStats> stats =
                service.statistics(List.of(reading.getId(), writing.getId(), untouched.getId()));

        BadgeAwardStats readingStats = stats.get(reading.getId());
        assertThat(readingStats.awards()).isEqualTo(3);
        assertThat(readingStats.earners()).isEqualTo(2);
        assertThat(readingStats.pending()).isEqualTo(3);
        assertThat(readingStats.latestIssuedAt()).isNotNull();
        assertThat(stats.get(writing.getId()).awards()).isEqualTo(1);
        assertThat(stats.get(untouched.getId())).isEqualTo(BadgeAwardStats.none(untouched.getId()));
        assertThat(stats.keySet()).containsExactly(reading.getId(), writing.getId(), untouched.getId());
    }
}
