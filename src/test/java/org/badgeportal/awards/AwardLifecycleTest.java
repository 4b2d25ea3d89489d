package org.badgeportal.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The award lifecycle (src/docs/DESIGN.md): every allowed transition, and every refused one with the actor who
 * tries it.
 */
@PortalTest
@RecordApplicationEvents
class AwardLifecycleTest {

    @Autowired
    AwardService service;
    @Autowired
    TestData data;
    @Autowired
    AwardFixtures fixtures;
    @Autowired
    ApplicationEvents events;

    Account owner;
    Account staff;
    Account recipient;
    Account stranger;
    Account otherIssuersOwner;
    Issuer issuer;
    Badge badge;

    @BeforeEach
    void setUp() {
        owner = data.account("owner");
        staff = data.account("staff");
        recipient = data.account("recipient");
        stranger = data.account("stranger");
        otherIssuersOwner = data.account("other");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        data.addMember(issuer, staff, MembershipRole.STAFF);
        data.issuer(otherIssuersOwner, AcceptancePolicy.REQUIRED);
        badge = data.badge(issuer, "Kindness");
    }

    private String pending() {
        return service.issue(AwardRequest.of(badge, recipient.getEmail())).publicId();
    }

    private static AwardRefusal refusal(Executable action) {
        Throwable thrown = catchThrowable(action::execute);
        assertThat(thrown).isInstanceOf(AwardRefusedException.class);
        return ((AwardRefusedException) thrown).reason();
    }

    @Test
    void recipientAcceptsDeclinesAndChangesTheirMind() {
        String id = pending();
        Transition accepted = service.accept(id, recipient.getId());
        assertThat(accepted).isEqualTo(new Transition(id, AwardStatus.PENDING, AwardStatus.ACCEPTED));
        assertThat(fixtures.status(id)).isEqualTo(AwardStatus.ACCEPTED);

        assertThat(service.decline(id, recipient.getId()).from()).isEqualTo(AwardStatus.ACCEPTED);
        assertThat(fixtures.status(id)).isEqualTo(AwardStatus.DECLINED);

        assertThat(service.accept(id, recipient.getId()).from()).isEqualTo(AwardStatus.DECLINED);
        assertThat(fixtures.status(id)).isEqualTo(AwardStatus.ACCEPTED);
        assertThat(fixtures.award(id).getRespondedAt()).isNotNull();
    }

    @Test
    void recipientDeclinesAPendingAward() {
        String id = pending();
        service.decline(id, recipient.getId());
        assertThat(fixtures.status(id)).isEqualTo(AwardStatus.DECLINED);
    }

    @Test
    void repeatingTheSameAnswerChangesNothing() {
        String id = pending();
        service.accept(id, recipient.getId());
        Transition again = service.accept(id, recipient.getId());
        assertThat(again.changed()).isFalse();
        service.decline(id, recipient.getId());
        assertThat(service.decline(id, recipient.getId()).changed()).isFalse();
        assertThat(fixtures.status(id)).isEqualTo(AwardStatus.DECLINED);
    }

    @Test
    void onlyTheLinkedVerifiedRecipientMayAcceptOrDecline() {
        String id = pending();
        Account admin = fixtures.admin();
        for (Account actor : new Account[] {owner, staff, stranger, otherIssuersOwner, admin}) {
            assertThat(refusal(() -> service.accept(id, actor.getId()))).as("accept by " + actor.getDisplayName())
                    .isEqualTo(AwardRefusal.FORBIDDEN);
            assertThat(refusal(() -> service.decline(id, actor.getId()))).as("decline by " + actor.getDisplayName())
                    .isEqualTo(AwardRefusal.FORBIDDEN);
        }
        assertThat(refusal(() -> service.accept(id, null))).isEqualTo(AwardRefusal.FORBIDDEN);
        assertThat(fixtures.status(id)).isEqualTo(AwardStatus.PENDING);
    }

    @Test
    void anUnverifiedAccountMayNotAnswerEvenWhenLinked() {
        String id = pending();
        fixtures.unverify(recipient);
        assertThat(refusal(() -> service.accept(id, recipient.getId()))).isEqualTo(AwardRefusal.FORBIDDEN);
        assertThat(refusal(() -> service.decline(id, recipient.getId()))).isEqualTo(AwardRefusal.FORBIDDEN);
        assertThat(fixtures.status(id)).isEqualTo(AwardStatus.PENDING);
    }

    @Test
    void anUnverifiedAccountWithTheRecipientsEmailIsNotLinked() {
        Account unverified = fixtures.unverifiedAccount("later");
        String id = service.issue(AwardRequest.of(badge, unverified.getEmail())).publicId();
        assertThat(refusal(() -> service.accept(id, unverified.getId()))).isEqualTo(AwardRefusal.FORBIDDEN);
    }

    @Test
    void ownerAndStaffRevokeFromEveryStateWithAReason() {
        String fromPending = pending();
        String fromAccepted = pending();
        service.accept(fromAccepted, recipient.getId());
        String fromDeclined = pending();
        service.decline(fromDeclined, recipient.getId());

        assertThat(service.revoke(fromPending, "Issued to the wrong person", owner.getId()).to())
                .isEqualTo(AwardStatus.REVOKED);
        assertThat(service.revoke(fromAccepted, "Cheated", staff.getId()).from()).isEqualTo(AwardStatus.ACCEPTED);
        assertThat(service.revoke(fromDeclined, "Cleaning up", staff.getId()).from()).isEqualTo(AwardStatus.DECLINED);

        Award revoked = fixtures.award(fromAccepted);
        assertThat(revoked.getStatus()).isEqualTo(AwardStatus.REVOKED);
        assertThat(revoked.getRevocationReason()).isEqualTo("Cheated");
        assertThat(revoked.getRevokedAt()).isNotNull();
        assertThat(events.stream(AwardRevoked.class)).hasSize(3)
                .contains(new AwardRevoked(revoked.getId()));
    }

    @Test
    void nobodyButMembersOfTheIssuerMayRevoke() {
        String id = pending();
        Account admin = fixtures.admin();
        for (Account actor : new Account[] {recipient, stranger, otherIssuersOwner, admin}) {
            assertThat(refusal(() -> service.revoke(id, "No", actor.getId()))).as(actor.getDisplayName())
                    .isEqualTo(AwardRefusal.FORBIDDEN);
        }
        assertThat(refusal(() -> service.revoke(id, "No", null))).isEqualTo(AwardRefusal.FORBIDDEN);
        assertThat(fixtures.status(id)).isEqualTo(AwardStatus.PENDING);
        assertThat(events.stream(AwardRevoked.class)).isEmpty();
    }

    @Test
    void revokingNeedsAReasonOfAtMost500Characters() {
        String id = pending();
        assertThat(refusal(() -> service.revoke(id, "  ", owner.getId()))).isEqualTo(AwardRefusal.INVALID_REASON);
        assertThat(refusal(() -> service.revoke(id, null, owner.getId()))).isEqualTo(AwardRefusal.INVALID_REASON);
        assertThat(refusal(() -> service.revoke(id, "r".repeat(501), owner.getId())))
                .isEqualTo(AwardRefusal.INVALID_REASON);
        service.revoke(id, "r".repeat(500), owner.getId());
        assertThat(fixtures.status(id)).isEqualTo(AwardStatus.REVOKED);
    }

    @Test
    void aRevokedAwardIsFinal() {
        String id = pending();
        service.accept(id, recipient.getId());
        service.revoke(id, "Revoked", owner.getId());

        assertThat(refusal(() -> service.accept(id, recipient.getId()))).isEqualTo(AwardRefusal.REVOKED);
        assertThat(refusal(() -> service.decline(id, recipient.getId()))).isEqualTo(AwardRefusal.REVOKED);
        assertThat(refusal(() -> service.revoke(id, "Again", owner.getId()))).isEqualTo(AwardRefusal.REVOKED);
        assertThat(fixtures.award(id).getRevocationReason()).isEqualTo("Revoked");
        assertThat(fixtures.status(id)).isEqualTo(AwardStatus.REVOKED);
    }

    @Test
    void unknownAwardsAreNotFound() {
        assertThat(refusal(() -> service.accept("no-such-award", recipient.getId())))
                .isEqualTo(AwardRefusal.NOT_FOUND);
        assertThat(refusal(() -> service.revoke("no-such-award", "x", owner.getId())))
                .isEqualTo(AwardRefusal.NOT_FOUND);
    }
}
