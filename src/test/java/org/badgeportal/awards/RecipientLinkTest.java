package org.badgeportal.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.badgeportal.system.Digests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;

/** How recipients get linked to accounts: by verified email, or by a one-time claim link. */
@PortalTest
class RecipientLinkTest {

    @Autowired
    AwardService service;
    @Autowired
    TestData data;
    @Autowired
    AwardFixtures fixtures;

    Account owner;
    Issuer issuer;
    Badge badge;

    @BeforeEach
    void setUp() {
        owner = data.account("owner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        badge = data.badge(issuer, "Linking");
    }

    private static AwardRefusal refusal(Executable action) {
        Throwable thrown = catchThrowable(action::execute);
        assertThat(thrown).isInstanceOf(AwardRefusedException.class);
        return ((AwardRefusedException) thrown).reason();
    }

    @Test
    void verifyingAnEmailLinksTheAwardsSentToItInEveryIssuer() {
        Account later = fixtures.unverifiedAccount("later");
        Issuer second = data.issuer(owner, AcceptancePolicy.REQUIRED);
        String first = service.issue(AwardRequest.of(badge, later.getEmail().toUpperCase())).publicId();
        service.issue(AwardRequest.of(data.badge(second, "Other"), later.getEmail()));

        assertThat(service.linkVerifiedAccount(later)).as("nothing while unverified").isZero();
        assertThat(refusal(() -> service.accept(first, later.getId()))).isEqualTo(AwardRefusal.FORBIDDEN);

        Account verified = fixtures.verify(later);
        assertThat(service.linkVerifiedAccount(verified)).isEqualTo(2);
        assertThat(fixtures.linkedAccount(issuer, later.getEmail())).isEqualTo(later.getId());
        assertThat(fixtures.linkedAccount(second, later.getEmail())).isEqualTo(later.getId());

        service.accept(first, later.getId());
        assertThat(fixtures.status(first)).isEqualTo(AwardStatus.ACCEPTED);
    }

    @Test
    void aClaimLinkLinksASiteUserOnceAndOnlyOnce() {
        IssuedAward award = service.issue(AwardRequest.of(badge, "daniel"));
        String token = service.createClaimLink(award.recipientId(), owner.getId());
        assertThat(fixtures.claimTokenHash(award.recipientId()))
                .as("only the hash is stored").isEqualTo(Digests.sha256Hex(token)).isNotEqualTo(token);

        Account daniel = data.account("daniel");
        ClaimedRecipient claimed = service.claim(token, daniel.getId());
        assertThat(claimed.identifier()).isEqualTo("daniel");
        assertThat(claimed.issuerSlug()).isEqualTo(issuer.getSlug());
        assertThat(fixtures.linkedAccount(issuer, "daniel")).isEqualTo(daniel.getId());
        assertThat(fixtures.claimTokenHash(award.recipientId())).isNull();

        Account someoneElse = data.account("thief");
        assertThat(refusal(() -> service.claim(token, someoneElse.getId()))).isEqualTo(AwardRefusal.INVALID_CLAIM);
        assertThat(fixtures.linkedAccount(issuer, "daniel")).isEqualTo(daniel.getId());

        service.accept(award.publicId(), daniel.getId());
        assertThat(fixtures.status(award.publicId())).isEqualTo(AwardStatus.ACCEPTED);
    }

    @Test
    void claimLinksAreForMembersAndUnlinkedSiteUsersOnly() {
        IssuedAward siteUser = service.issue(AwardRequest.of(badge, "erin"));
        IssuedAward email = service.issue(AwardRequest.of(badge, "erin@example.org"));
        Account stranger = data.account("stranger");
        Account staff = data.account("staff");
        data.addMember(issuer, staff, MembershipRole.STAFF);

        assertThat(refusal(() -> service.createClaimLink(siteUser.recipientId(), stranger.getId())))
                .isEqualTo(AwardRefusal.FORBIDDEN);
        assertThat(refusal(() -> service.createClaimLink(email.recipientId(), owner.getId())))
                .isEqualTo(AwardRefusal.NOT_CLAIMABLE);
        assertThat(refusal(() -> service.createClaimLink(-1L, owner.getId()))).isEqualTo(AwardRefusal.NOT_FOUND);

        String token = service.createClaimLink(siteUser.recipientId(), staff.getId());
        service.claim(token, stranger.getId());
        assertThat(refusal(() -> service.createClaimLink(siteUser.recipientId(), owner.getId())))
                .as("already linked").isEqualTo(AwardRefusal.NOT_CLAIMABLE);
    }

    @Test
    void aNewClaimLinkReplacesTheOldOneAndUnverifiedAccountsCannotClaim() {
        IssuedAward award = service.issue(AwardRequest.of(badge, "fred"));
        String old = service.createClaimLink(award.recipientId(), owner.getId());
        String current = service.createClaimLink(award.recipientId(), owner.getId());
        Account fred = data.account("fred");

        assertThat(refusal(() -> service.claim(old, fred.getId()))).isEqualTo(AwardRefusal.INVALID_CLAIM);
        assertThat(refusal(() -> service.claim("", fred.getId()))).isEqualTo(AwardRefusal.INVALID_CLAIM);
        Account unverified = fixtures.unverifiedAccount("fred");
        assertThat(refusal(() -> service.claim(current, unverified.getId()))).isEqualTo(AwardRefusal.FORBIDDEN);
        assertThat(fixtures.linkedAccount(issuer, "fred")).isNull();

        service.claim(current, fred.getId());
        assertThat(fixtures.linkedAccount(issuer, "fred")).isEqualTo(fred.getId());
    }

    @Test
    void twoAccountsClaimingOneLinkAtOnceLeaveOneWinner() throws Exception {
        IssuedAward award = service.issue(AwardRequest.of(badge, "gina"));
        String token = service.createClaimLink(award.recipientId(), owner.getId());
        Account first = data.account("gina");
        Account second = data.account("gino");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (Account account : new Account[] {first, second}) {
                results.add(pool.submit(() -> {
                    gate.await();
                    try {
                        return service.claim(token, account.getId());
                    } catch (AwardRefusedException e) {
                        return e.reason();
                    }
                }));
            }
            gate.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get(1, TimeUnit.MINUTES));
            }
            assertThat(outcomes).filteredOn(ClaimedRecipient.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(AwardRefusal.INVALID_CLAIM::equals).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixtures.linkedAccount(issuer, "gina")).isIn(first.getId(), second.getId());
    }
}
