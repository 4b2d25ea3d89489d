package org.badgeportal.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PortalTest
@RecordApplicationEvents
class AwardIssueTest {

    @Autowired
    AwardService service;
    @Autowired
    TestData data;
    @Autowired
    AwardFixtures fixtures;
    @Autowired
    ApplicationEvents events;
    @Autowired
    Clock clock;

    Account owner;
    Issuer issuer;
    Badge badge;

    @BeforeEach
    void setUp() {
        owner = data.account("owner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        badge = data.badge(issuer, "Reading");
    }

    private AwardRefusal refusal(AwardRequest request) {
        Throwable thrown = catchThrowable(() -> service.issue(request));
        assertThat(thrown).isInstanceOf(AwardRefusedException.class);
        return ((AwardRefusedException) thrown).reason();
    }

    @Test
    void requiredPolicyStartsPendingAndAutomaticStartsAccepted() {
        IssuedAward pending = service.issue(AwardRequest.of(badge, "Ada@Example.org").issuedBy(owner.getId()));
        assertThat(pending.status()).isEqualTo(AwardStatus.PENDING);
        assertThat(fixtures.status(pending.publicId())).isEqualTo(AwardStatus.PENDING);

        Issuer site = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        IssuedAward accepted = service.issue(AwardRequest.of(data.badge(site, "Helper"), "daniel"));
        assertThat(fixtures.status(accepted.publicId())).isEqualTo(AwardStatus.ACCEPTED);
    }

    @Test
    void storesEverythingGivenAndPublishesAwardIssued() {
        Instant from = clock.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant until = from.plus(Duration.ofDays(30));
        IssuedAward issued = service.issue(AwardRequest.of(badge, "  Grace.Hopper@Example.ORG ")
                .withNarrative("Read ten books")
                .withEvidence(List.of("https://example.org/books", " ", "http://example.org/list"))
                .withValidity(from, until)
                .withPayload("{\"level\": 3}")
                .issuedBy(owner.getId()));

        Award award = fixtures.award(issued.publicId());
        assertThat(award.getRecipient().getIdentifier()).isEqualTo("grace.hopper@example.org");
        assertThat(award.getRecipient().getKind()).isEqualTo(RecipientKind.EMAIL);
        assertThat(award.getNarrative()).isEqualTo("Read ten books");
        assertThat(award.getEvidence()).containsExactly("https://example.org/books", "http://example.org/list");
        assertThat(award.getValidFrom()).isEqualTo(from);
        assertThat(award.getExpiresAt()).isEqualTo(until);
        assertThat(award.getPayload()).isEqualTo("{\"level\": 3}");
        assertThat(events.stream(AwardIssued.class)).containsExactly(new AwardIssued(issued.awardId()));
    }

    @Test
    void expiryDefaultsToTheBadgesValidity() {
        Badge yearly = fixtures.badge(issuer, b -> b.setValidityDays(365));
        Award award = fixtures.award(service.issue(AwardRequest.of(yearly, "ann")).publicId());
        assertThat(Duration.between(award.getValidFrom(), award.getExpiresAt())).isEqualTo(Duration.ofDays(365));

        Award forever = fixtures.award(service.issue(AwardRequest.of(badge, "ann")).publicId());
        assertThat(forever.getExpiresAt()).isNull();
    }

    @Test
    void sameRecipientIsReusedAndAwardingAgainCreatesAnotherAward() {
        service.issue(AwardRequest.of(badge, "bob@example.org"));
        service.issue(AwardRequest.of(badge, "BOB@example.org"));
        assertThat(fixtures.recipientsOf(issuer)).isEqualTo(1);
        assertThat(fixtures.awardsOf(badge)).isEqualTo(2);
    }

    @Test
    void uniqueBadgeRefusesASecondAwardUntilTheFirstIsRevoked() {
        Badge unique = fixtures.badge(issuer, b -> b.setUnique(true));
        IssuedAward first = service.issue(AwardRequest.of(unique, "carol@example.org"));
        assertThat(refusal(AwardRequest.of(unique, "Carol@Example.org"))).isEqualTo(AwardRefusal.DUPLICATE_UNIQUE);

        service.revoke(first.publicId(), "Awarded by mistake", owner.getId());
        service.issue(AwardRequest.of(unique, "carol@example.org"));
        assertThat(fixtures.awardsOf(unique)).isEqualTo(2);
    }

    @Test
    void uniqueBadgeCountsADeclinedAwardAsHeld() {
        Account carol = data.account("carol");
        Badge unique = fixtures.badge(issuer, b -> b.setUnique(true));
        IssuedAward first = service.issue(AwardRequest.of(unique, carol.getEmail()));
        service.decline(first.publicId(), carol.getId());
        assertThat(refusal(AwardRequest.of(unique, carol.getEmail()))).isEqualTo(AwardRefusal.DUPLICATE_UNIQUE);
    }

    @Test
    void limitCapsDistinctEarnersButNotRepeatAwards() {
        Badge limited = fixtures.badge(issuer, b -> b.setLimit(2));
        service.issue(AwardRequest.of(limited, "one"));
        IssuedAward two = service.issue(AwardRequest.of(limited, "two"));
        assertThat(refusal(AwardRequest.of(limited, "three"))).isEqualTo(AwardRefusal.OVER_LIMIT);

        service.issue(AwardRequest.of(limited, "one"));
        assertThat(fixtures.awardsOf(limited)).isEqualTo(3);

        service.revoke(two.publicId(), "Left the course", owner.getId());
        service.issue(AwardRequest.of(limited, "three"));
        assertThat(fixtures.earnersOf(limited)).isEqualTo(2);
        assertThat(fixtures.recipientsOf(issuer)).as("the refused recipient was not created").isEqualTo(3);
    }

    @Test
    void archivedBadgesAndMissingBadgesAreRefused() {
        Badge archived = fixtures.badge(issuer, b -> b.setArchived(true));
        assertThat(refusal(AwardRequest.of(archived, "dan"))).isEqualTo(AwardRefusal.BADGE_ARCHIVED);
        assertThat(refusal(AwardRequest.of(-1L, "dan"))).isEqualTo(AwardRefusal.NOT_FOUND);
        assertThat(fixtures.awardsOf(archived)).isZero();
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsWritten() {
        assertThat(refusal(AwardRequest.of(badge, "not an email@"))).isEqualTo(AwardRefusal.INVALID_RECIPIENT);
        assertThat(refusal(AwardRequest.of(badge, "a@b"))).isEqualTo(AwardRefusal.INVALID_RECIPIENT);
        assertThat(refusal(AwardRequest.of(badge, "white space"))).isEqualTo(AwardRefusal.INVALID_RECIPIENT);
        assertThat(refusal(AwardRequest.of(badge, "x".repeat(101)))).isEqualTo(AwardRefusal.INVALID_RECIPIENT);
        assertThat(refusal(AwardRequest.of(badge, ""))).isEqualTo(AwardRefusal.INVALID_RECIPIENT);
        assertThat(refusal(AwardRequest.of(badge, "ok").withNarrative("n".repeat(4001))))
                .isEqualTo(AwardRefusal.INVALID_NARRATIVE);
        assertThat(refusal(AwardRequest.of(badge, "ok").withEvidence(List.of("javascript:alert(1)"))))
                .isEqualTo(AwardRefusal.INVALID_EVIDENCE);
        assertThat(refusal(AwardRequest.of(badge, "ok").withEvidence(List.of("ftp://example.org/x"))))
                .isEqualTo(AwardRefusal.INVALID_EVIDENCE);
        assertThat(refusal(AwardRequest.of(badge, "ok")
                .withEvidence(Collections.nCopies(11, "https://example.org/"))))
                .isEqualTo(AwardRefusal.INVALID_EVIDENCE);
        Instant now = clock.instant();
        assertThat(refusal(AwardRequest.of(badge, "ok").withValidity(now, now.minusSeconds(1))))
                .isEqualTo(AwardRefusal.INVALID_DATES);
        assertThat(refusal(AwardRequest.of(badge, "ok").withValidity(now, now)))
                .isEqualTo(AwardRefusal.INVALID_DATES);
        assertThat(refusal(AwardRequest.of(badge, "ok").withPayload("{not json")))
                .isEqualTo(AwardRefusal.INVALID_PAYLOAD);
        assertThat(refusal(AwardRequest.of(badge, "ok").withPayload("{} trailing")))
                .isEqualTo(AwardRefusal.INVALID_PAYLOAD);

        assertThat(fixtures.awardsOf(badge)).isZero();
        assertThat(fixtures.recipientsOf(issuer)).isZero();
        assertThat(events.stream(AwardIssued.class)).isEmpty();
    }

    @Test
    void siteUserNamesKeepTheirCaseAndAcceptTheAllowedCharacters() {
        IssuedAward issued = service.issue(AwardRequest.of(badge, "Daniel_K.9-x"));
        assertThat(fixtures.award(issued.publicId()).getRecipient().getIdentifier()).isEqualTo("Daniel_K.9-x");
        assertThat(fixtures.award(issued.publicId()).getRecipient().getKind()).isEqualTo(RecipientKind.SITE_USER);
    }

    @Test
    void onlyMembersOfTheBadgesIssuerMayIssueAsThemselves() {
        Account staff = data.account("staff");
        data.addMember(issuer, staff, MembershipRole.STAFF);
        service.issue(AwardRequest.of(badge, "eve").issuedBy(staff.getId()));

        Account stranger = data.account("stranger");
        Issuer other = data.issuer(stranger, AcceptancePolicy.REQUIRED);
        assertThat(other).isNotNull();
        assertThat(refusal(AwardRequest.of(badge, "eve").issuedBy(stranger.getId())))
                .isEqualTo(AwardRefusal.FORBIDDEN);
        assertThat(fixtures.awardsOf(badge)).isEqualTo(1);
    }

    @Test
    void linksANewEmailRecipientToTheAccountWithThatVerifiedEmail() {
        Account verified = data.account("fay");
        Account unverified = fixtures.unverifiedAccount("gus");
        service.issue(AwardRequest.of(badge, verified.getEmail().toUpperCase()));
        service.issue(AwardRequest.of(badge, unverified.getEmail()));

        assertThat(fixtures.linkedAccount(issuer, verified.getEmail())).isEqualTo(verified.getId());
        assertThat(fixtures.linkedAccount(issuer, unverified.getEmail())).isNull();
    }
}
