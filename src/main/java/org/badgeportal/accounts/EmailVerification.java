package org.badgeportal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.accounts.store.AccountTokenRepository;
import org.badgeportal.mail.MailOutbox;
import org.badgeportal.system.Digests;
import org.badgeportal.system.PortalProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mails verification links and follows them. */
@Service
class EmailVerification {

    static final Duration VALIDITY = Duration.ofHours(48);

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final PortalProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailVerification(AccountRepository accounts, AccountTokenRepository tokens, MailOutbox outbox,
                      MessageSource messages, PortalProperties properties, ApplicationEventPublisher events,
                      Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** A new link for the account, mailed in the caller's transaction. */
    @Transactional
    void sendLink(Account account) {
        String token = Tokens.newToken();
        tokens.save(new AccountToken(account, TokenPurpose.EMAIL_VERIFICATION, Digests.sha256Hex(token),
                clock.instant().plus(VALIDITY)));
        String link = properties.link("/verify/" + token);
        var locale = LocaleContextHolder.getLocale();
        outbox.queue(account.getEmail(),
                messages.getMessage("mail.verification.subject", null, locale),
                messages.getMessage("mail.verification.body",
                        new Object[] {account.getDisplayName(), account.getEmail(), link, VALIDITY.toHours()}, locale));
    }

    /** Sends a new link if an unverified account has this email; says nothing either way. */
    @Transactional
    void resend(String email) {
        accounts.findByEmail(Account.normaliseEmail(email))
                .filter(account -> !account.isEmailVerified())
                .ifPresent(this::sendLink);
    }

    /**
     * Follows a link: true when it was valid, unused and not expired (and the email is now verified). Publishes
     * {@link EmailVerified} in the same transaction.
     */
    @Transactional
    boolean verify(String token) {
        Instant now = clock.instant();
        return tokens.findByTokenHashAndPurpose(Digests.sha256Hex(token), TokenPurpose.EMAIL_VERIFICATION)
                .filter(found -> found.isUsable(now))
                .map(found -> {
                    found.markUsed(now);
                    found.getAccount().markEmailVerified();
                    events.publishEvent(new EmailVerified(found.getAccount().getId()));
                    return true;
                })
                .orElse(false);
    }
}
