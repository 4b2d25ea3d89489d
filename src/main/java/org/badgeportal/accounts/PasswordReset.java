package org.badgeportal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.accounts.store.AccountTokenRepository;
import org.badgeportal.mail.MailOutbox;
import org.badgeportal.system.Digests;
import org.badgeportal.system.PortalProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a link mailed to the account's address, valid for {@link #VALIDITY} and usable once.
 * Only the link's hash is stored. Setting a new password uses up every reset link of the account, and proves
 * that its owner reads the address, so an unverified address counts as verified from then on ({@link EmailVerified}).
 */
@Service
class PasswordReset {

    static final Duration VALIDITY = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final PortalProperties properties;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordReset(AccountRepository accounts, AccountTokenRepository tokens, MailOutbox outbox,
                  MessageSource messages, PortalProperties properties, PasswordEncoder passwordEncoder,
                  ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Mails a reset link if an account has this email; says nothing either way (no finding out who has an account). */
    @Transactional
    void request(String email) {
        accounts.findByEmail(Account.normaliseEmail(email)).ifPresent(account -> {
            String token = Tokens.newToken();
            tokens.save(new AccountToken(account, TokenPurpose.PASSWORD_RESET, Digests.sha256Hex(token),
                    clock.instant().plus(VALIDITY)));
            var locale = LocaleContextHolder.getLocale();
            outbox.queue(account.getEmail(),
                    messages.getMessage("mail.passwordReset.subject", null, locale),
                    messages.getMessage("mail.passwordReset.body", new Object[] {account.getDisplayName(),
                            properties.link("/reset/" + token), VALIDITY.toMinutes()}, locale));
        });
    }

    /** True when the link is known, unused and not expired (the page then asks for the new password). */
    @Transactional(readOnly = true)
    boolean isValid(String token) {
        return usable(token, clock.instant()).isPresent();
    }

    /** Sets the new password if the link is still usable; false otherwise (nothing changes). */
    @Transactional
    boolean reset(String token, String newPassword) {
        Instant now = clock.instant();
        return usable(token, now).map(found -> {
            Account account = found.getAccount();
            account.changePasswordHash(passwordEncoder.encode(newPassword));
            if (!account.isEmailVerified()) {
                account.markEmailVerified();
                events.publishEvent(new EmailVerified(account.getId()));
            }
            tokens.findByAccountAndPurpose(account, TokenPurpose.PASSWORD_RESET).stream()
                    .filter(other -> other.isUsable(now))
                    .forEach(other -> other.markUsed(now));
            return true;
        }).orElse(false);
    }

    private Optional<AccountToken> usable(String token, Instant now) {
        return tokens.findByTokenHashAndPurpose(Digests.sha256Hex(token), TokenPurpose.PASSWORD_RESET)
                .filter(found -> found.isUsable(now));
    }
}
