package org.badgeportal.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.badges.Badge;
import org.badgeportal.collections.ShowcaseFixtures;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The per-account figures the portal API will serve (issued, received, accepted, pending). */
@PortalTest
class ProfileSummaryTest {

    @Autowired
    ProfileSummaries summaries;
    @Autowired
    AwardService awards;
    @Autowired
    ShowcaseFixtures fixtures;
    @Autowired
    TestData data;

    @Test
    void countsIssuedReceivedAcceptedAndPendingWithoutRevokedAwards() {
        Account owner = data.account("owner");
        Account earner = data.account("earner");
        Issuer issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        Badge badge = data.badge(issuer, "Counting");

        fixtures.pending(badge, earner);
        fixtures.pending(badge, earner);
        fixtures.accepted(badge, earner);
        fixtures.expired(badge, earner);
        String declined = fixtures.accepted(badge, earner);
        fixtures.decline(declined, earner);
        String revoked = fixtures.accepted(badge, earner);
        fixtures.revoke(revoked, owner);
        for (int i = 0; i < 3; i++) {
            awards.issue(new AwardRequest(badge.getId(), TestData.unique("someone") + "@example.org", null, null,
                    null, null, null, owner.getId()));
        }

        assertThat(summaries.of(earner.getId())).isEqualTo(new ProfileSummary(0, 5, 2, 2));
        assertThat(summaries.of(owner.getId())).isEqualTo(new ProfileSummary(3, 0, 0, 0));
        assertThat(summaries.of(data.account("nobody").getId())).isEqualTo(new ProfileSummary(0, 0, 0, 0));
    }
}
