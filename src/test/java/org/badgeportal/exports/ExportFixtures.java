package org.badgeportal.exports;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.Recipient;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.Criterion;
import org.badgeportal.badges.Program;
import org.badgeportal.badges.TimeUnits;
import org.badgeportal.images.StoredImage;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.support.TestData;
import org.badgeportal.support.TestImages;
import org.badgeportal.system.Digests;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An issuer with one of everything an export must carry: profile and image, a program, a badge with every field
 * (criteria, categories, tags, custom fields, uploaded image), an archived badge whose texts need CSV quoting and
 * formula defusing, recipients by email (linked and not) and site users (linked by claim and not), and awards in
 * each state (pending, accepted, declined, revoked, expired) with narrative, evidence and payload.
 */
@Component
class ExportFixtures {

    static final byte[] BADGE_PNG = TestImages.png(64, 64);
    static final byte[] ISSUER_PNG = TestImages.png(32, 32);
    static final String TRICKY = "Line one\nline \"two\", three";
    static final String FORMULA = "=HYPERLINK(\"https://evil.example\")";

    private final EntityManager em;
    private final TestData data;
    private final Clock clock;

    ExportFixtures(EntityManager em, TestData data, Clock clock) {
        this.em = em;
        this.data = data;
        this.clock = clock;
    }

    record World(Account owner, Account staff, Account earner, Account claimer, Issuer issuer, Badge full,
                 Badge archived, Map<String, String> awards, byte[] badgePng) {

        String slug() {
            return issuer.getSlug();
        }
    }

    /** The world, plus {@code extra} accepted awards of the full badge to as many new email recipients. */
    @Transactional
    World build(int extra) {
        Account owner = data.account("owner");
        Account staff = data.account("staff");
        Account earner = data.account("earner");
        Account claimer = data.account("claimer");
        Issuer issuer = em.merge(data.issuer(owner, AcceptancePolicy.REQUIRED));
        data.addMember(issuer, staff, MembershipRole.STAFF);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        issuer.updateProfile(issuer.getName(), "https://example.org/about", "badges@example.org",
                "We teach, \"we\" award, and more.", AcceptancePolicy.REQUIRED);
        issuer.setVerified(true);
        issuer.setImage(image(ISSUER_PNG, now));

        Program program = new Program(issuer, TestData.unique("prog"), "Programme one", "All of year one");
        em.persist(program);

        Badge full = em.merge(data.badge(issuer, "Full badge"));
        full.setProgram(program);
        full.setStrapline(TRICKY);
        full.setIssuerUrl("https://example.org/issuer");
        full.setRubricUrl("https://example.org/rubric");
        full.setCriteriaUrl("https://example.org/criteria");
        full.setTime(3, TimeUnits.DAYS);
        full.setLimit(1000);
        full.setValidityDays(365);
        full.setBackgroundColor("#336699");
        full.setShareText("I earned it");
        full.useUploadedImage(image(BADGE_PNG, now));
        full.replaceCriteria(List.of(new Criterion("Attend, listen", true, "Check the register"),
                new Criterion("Write a summary", false, null)));
        full.replaceCategories(Set.of("science", "maths"));
        full.replaceTags(Set.of("year-one", "lab"));
        full.replaceCustomFields(Map.of("level", "\"gold\"", "points", "5"));

        Badge archived = em.merge(data.badge(issuer, FORMULA));
        archived.setStrapline("-1 point, +2 points @home");
        archived.setUnique(true);
        archived.setArchived(true);
        archived.setListed(false);

        Recipient byEmail = recipient(issuer, earner.getEmail(), now);
        byEmail.linkTo(em.getReference(Account.class, earner.getId()));
        Recipient unlinked = recipient(issuer, TestData.unique("someone") + "@example.net", now);
        Recipient siteUser = recipient(issuer, TestData.unique("daniel"), now);
        siteUser.linkTo(em.getReference(Account.class, claimer.getId()));
        Recipient waiting = recipient(issuer, TestData.unique("bob"), now);
        waiting.setClaimTokenHash("ab".repeat(32));

        Map<String, String> awards = new LinkedHashMap<>();
        Account issuedBy = em.getReference(Account.class, owner.getId());
        Award pending = award(full, unlinked, now.minusSeconds(50), null, issuedBy);
        awards.put("pending", pending.getPublicId());
        Award accepted = award(full, byEmail, now.minusSeconds(40), now.plus(Duration.ofDays(30)), issuedBy);
        accepted.setNarrative("Did it, with \"care\", and flair.\nSecond line.");
        accepted.replaceEvidence(List.of("https://example.org/evidence/1", "https://example.org/evidence/2"));
        accepted.setPayload("{\"score\":97}");
        accepted.accept(now.minusSeconds(39));
        awards.put("accepted", accepted.getPublicId());
        Award declined = award(full, waiting, now.minusSeconds(30), null, null);
        declined.decline(now.minusSeconds(29));
        awards.put("declined", declined.getPublicId());
        Award revoked = award(archived, siteUser, now.minusSeconds(20), null, issuedBy);
        revoked.accept(now.minusSeconds(19));
        revoked.revoke("@SUM(A1) given by mistake", now.minusSeconds(18));
        awards.put("revoked", revoked.getPublicId());
        Award expired = award(archived, byEmail, now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(1)),
                issuedBy);
        expired.accept(now.minus(Duration.ofDays(19)));
        awards.put("expired", expired.getPublicId());
        for (int i = 0; i < extra; i++) {
            Recipient many = recipient(issuer, TestData.unique("many") + "@example.com", now);
            Award award = award(full, many, now.minusSeconds(10), null, issuedBy);
            award.replaceEvidence(List.of("https://example.org/many/" + i));
            award.accept(now);
        }
        em.flush();
        return new World(owner, staff, earner, claimer, issuer, full, archived, awards, BADGE_PNG);
    }

    private StoredImage image(byte[] png, Instant now) {
        StoredImage image = new StoredImage("image/png", png, Digests.sha256Hex(png), now);
        em.persist(image);
        return image;
    }

    private Recipient recipient(Issuer issuer, String identifier, Instant now) {
        Recipient recipient = new Recipient(issuer, identifier, now);
        em.persist(recipient);
        return recipient;
    }

    private Award award(Badge badge, Recipient recipient, Instant issuedAt, Instant expiresAt, Account issuedBy) {
        Award award = new Award(badge, recipient, AwardStatus.PENDING, issuedAt, issuedAt, expiresAt);
        award.setIssuedBy(issuedBy);
        em.persist(award);
        return award;
    }
}
