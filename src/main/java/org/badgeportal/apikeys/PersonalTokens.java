package org.badgeportal.apikeys;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.badgeportal.accounts.AccountRepository;
import org.badgeportal.system.Digests;
import org.badgeportal.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recipients' personal access tokens: created (the secret is returned once), listed, revoked, checked. */
@Service
@Transactional
public class PersonalTokens {

    /** Tokens per page of the settings page. */
    public static final int PAGE_SIZE = 50;

    private final PersonalTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;

    PersonalTokens(PersonalTokenRepository tokens, AccountRepository accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A token just created: {@code secret} is shown once and never again. */
    public record NewToken(Long id, String name, String prefix, String secret) implements Serializable {
    }

    /** A token as its account sees it in the list. */
    public record TokenRow(Long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
                           Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    public NewToken create(Long accountId, String name) {
        String secret = Secrets.generate("bpt_");
        PersonalToken token = tokens.save(new PersonalToken(accounts.getReferenceById(accountId), name.strip(),
                Secrets.prefix(secret), Digests.sha256Hex(secret), clock.instant()));
        return new NewToken(token.getId(), token.getName(), token.getPrefix(), secret);
    }

    /** One page of the account's tokens, active ones first, newest first. */
    @Transactional(readOnly = true)
    public Page<TokenRow> page(Long accountId, int page) {
        return tokens.findPageForAccount(accountId, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                .map(PersonalTokens::row);
    }

    @Transactional(readOnly = true)
    public List<TokenRow> list(Long accountId) {
        return tokens.findForAccount(accountId).stream().map(PersonalTokens::row).toList();
    }

    /** Revokes one of the account's tokens; revoking twice changes nothing. */
    public TokenRow revoke(Long accountId, Long tokenId) {
        PersonalToken token = tokens.findById(tokenId)
                .filter(found -> found.getAccount().getId().equals(accountId))
                .orElseThrow(() -> new NotFoundException("Token"));
        if (token.isActive()) {
            token.revoke(clock.instant());
        }
        return row(token);
    }

    /** The account an active token acts for; empty for unknown and revoked tokens. */
    public Optional<PersonalCredential> authenticate(String secret) {
        return tokens.findByTokenHash(Digests.sha256Hex(secret)).filter(PersonalToken::isActive).map(token -> {
            Instant now = clock.instant();
            if (token.getLastUsedAt() == null
                    || token.getLastUsedAt().isBefore(now.minus(ApiKeys.LAST_USED_PRECISION))) {
                token.markUsed(now);
            }
            return new PersonalCredential(token.getId(), token.getAccount().getId());
        });
    }

    private static TokenRow row(PersonalToken token) {
        return new TokenRow(token.getId(), token.getName(), token.getPrefix(), token.getCreatedAt(),
                token.getLastUsedAt(), token.getRevokedAt());
    }
}
