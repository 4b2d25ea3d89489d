package org.badgeportal.awards.recipients;

import java.time.Clock;
import java.util.Optional;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.Recipient;
import org.badgeportal.awards.RecipientKind;
import org.badgeportal.awards.lifecycle.AwardLocks;
import org.badgeportal.awards.lifecycle.Locking;
import org.badgeportal.issuers.Issuer;
import org.springframework.stereotype.Component;

/**
 * Finds and creates the recipients of one issuer. Runs inside the caller's transaction. Creation takes the
 * issuer's row lock and looks again, so two requests adding the same new recipient (for different badges) end
 * with one recipient instead of a unique-key violation.
 */
@Component
public class Recipients {

    private final RecipientRepository recipients;
    private final AwardLocks locks;
    private final Clock clock;

    Recipients(RecipientRepository recipients, AwardLocks locks, Clock clock) {
        this.recipients = recipients;
        this.locks = locks;
        this.clock = clock;
    }

    public Optional<Recipient> find(Issuer issuer, String identifier) {
        return recipients.findInIssuer(issuer.getId(), identifier);
    }

    /** Call after the badge lock (lock order: badge, then issuer). */
    public Recipient create(Issuer issuer, String identifier) {
        Locking.lock(() -> locks.lockIssuer(issuer.getId()));
        return find(issuer, identifier).orElseGet(() -> {
            Recipient recipient = new Recipient(issuer, identifier, clock.instant());
            linkToVerifiedAccount(recipient);
            return recipients.save(recipient);
        });
    }

    /** An email recipient not yet linked belongs to the account whose verified email it is, if there is one. */
    public void linkToVerifiedAccount(Recipient recipient) {
        if (recipient.getKind() != RecipientKind.EMAIL || recipient.getAccount() != null) {
            return;
        }
        recipients.findVerifiedAccounts(java.util.List.of(recipient.getIdentifier())).stream()
                .findFirst()
                .ifPresent(recipient::linkTo);
    }

    /** See {@link AwardService#linkVerifiedAccount(Account)}. */
    public int linkVerifiedAccount(Account account) {
        if (!account.isEmailVerified()) {
            return 0;
        }
        return recipients.linkEmailRecipients(account.getEmail(), account);
    }
}
