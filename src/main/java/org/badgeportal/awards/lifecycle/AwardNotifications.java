package org.badgeportal.awards.lifecycle;

import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.badgeportal.accounts.Accounts;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardIssued;
import org.badgeportal.awards.AwardRefusal;
import org.badgeportal.awards.AwardRefusedException;
import org.badgeportal.awards.AwardRevoked;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.Recipient;
import org.badgeportal.awards.RecipientKind;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.mail.MailOutbox;
import org.badgeportal.system.PortalProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Tells email recipients about their awards. Runs inside the transaction that issued or revoked the award (plain
 * {@code @EventListener}), so the mail is stored in the outbox with the award: both commit, or neither does, and
 * delivery happens afterwards. Site-user recipients have no address and get no mail. Every mail carries the
 * award's id, so the issuer's award list shows what became of it.
 *
 * <p>The issue mail depends on the issuer's acceptance policy: REQUIRED points to {@code /me} (the recipient
 * has an account) or to the sign-up page with the address filled in (the award waits for the new account);
 * AUTOMATIC points to the award's public page.
 */
@Component
public class AwardNotifications {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final EntityManager em;
    private final AwardRepository awards;
    private final Members members;
    private final Accounts accounts;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final PortalProperties properties;

    AwardNotifications(EntityManager em, AwardRepository awards, Members members, Accounts accounts,
                       MailOutbox outbox, MessageSource messages, PortalProperties properties) {
        this.em = em;
        this.awards = awards;
        this.members = members;
        this.accounts = accounts;
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
    }

    @EventListener
    void on(AwardIssued event) {
        // A bulk award has just persisted the award: find() answers from the persistence context, no query.
        Award award = em.find(Award.class, event.awardId());
        if (award != null) {
            queueIssueMail(award);
        }
    }

    @EventListener
    void on(AwardRevoked event) {
        Award award = em.find(Award.class, event.awardId());
        if (award == null || award.getRecipient().getKind() != RecipientKind.EMAIL) {
            return;
        }
        Badge badge = award.getBadge();
        String reason = award.getRevocationReason();
        outbox.queue(award.getRecipient().getIdentifier(),
                text("awards.mail.revoked.subject", badge.getName(), badge.getIssuer().getName()),
                text("awards.mail.revoked.body", badge.getName(), badge.getIssuer().getName(),
                        DATE.format(award.getIssuedAt()), reason),
                award.getId());
    }

    /**
     * Queues the issue mail of an award again (issuer members only; not for revoked awards). False when the
     * recipient has no address (a site user).
     */
    @Transactional
    public boolean resend(String publicId, Long actorAccountId) {
        Award award = awards.findByPublicId(publicId)
                .orElseThrow(() -> new AwardRefusedException(AwardRefusal.NOT_FOUND));
        members.require(award.getBadge().getIssuer(), actorAccountId);
        if (award.getStatus() == AwardStatus.REVOKED) {
            throw new AwardRefusedException(AwardRefusal.REVOKED);
        }
        return queueIssueMail(award);
    }

    /** Queues the issue mail (again); false for site-user recipients, who have no address. Joins the caller's transaction. */
    boolean queueIssueMail(Award award) {
        Recipient recipient = award.getRecipient();
        if (recipient.getKind() != RecipientKind.EMAIL) {
            return false;
        }
        Badge badge = award.getBadge();
        Issuer issuer = badge.getIssuer();
        String email = recipient.getIdentifier();
        String bodyKey;
        String link;
        if (issuer.getAcceptancePolicy() == AcceptancePolicy.AUTOMATIC) {
            bodyKey = "awards.mail.issued.body.view";
            link = properties.link("/awards/" + award.getPublicId());
        } else if (recipient.getAccount() != null || accounts.existsByEmail(email)) {
            bodyKey = "awards.mail.issued.body.accept";
            link = properties.link("/me");
        } else {
            bodyKey = "awards.mail.issued.body.signup";
            link = properties.link(UriComponentsBuilder.fromPath("/signup").queryParam("email", "{email}")
                    .encode().buildAndExpand(email).toUriString());
        }
        String narrative = award.getNarrative() == null ? "" : text("awards.mail.narrative", award.getNarrative());
        outbox.queue(email,
                text("awards.mail.issued.subject", badge.getName(), issuer.getName()),
                text(bodyKey, badge.getName(), issuer.getName(), narrative, link),
                award.getId());
        return true;
    }

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}
