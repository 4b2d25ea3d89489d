package org.badgeportal.apikeys;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.badgeportal.accounts.Accounts;
import org.badgeportal.apikeys.store.PersonalTokenRepository;
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
    private final Accounts accounts;
    private final Clock clock;

    PersonalTokens(PersonalTokenRepository tokens, Accounts accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A token just created: {@code secret} is shown once and never again. */
    public record NewToken(Long id, String name, String prefix, String secret) implements Serializable {
    }

    public NewToken create(Long accountId, String name) {
        String secret = Secrets.generate("bpt_");
        PersonalToken token = tokens.save(new PersonalToken(accounts.reference(accountId), name.strip(),
                Secrets.prefix(secret), Digests.sha256Hex(secret), clock.instant()));
        return new NewToken(token.getId(), token.getName(), token.getPrefix(), secret);
    }

    /** One page of the account's tokens, active ones first, newest first. */
    @Transactional(readOnly = true)
    public Page<SecretRow> page(Long accountId, int page) {
        return tokens.findPageForAccount(accountId, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                .map(SecretRow::of);
    }

    @Transactional(readOnly = true)
    public List<SecretRow> list(Long accountId) {
        return tokens.findForAccount(accountId).stream().map(SecretRow::of).toList();
    }

    /** Revokes one of the account's tokens; revoking twice changes nothing. */
    public SecretRow revoke(Long accountId, Long tokenId) {
        PersonalToken token = tokens.findById(tokenId)
                .filter(found -> found.getAccount().getId().equals(accountId))
                .orElseThrow(() -> new NotFoundException("Token"));
        if (token.isActive()) {
            token.revoke(clock.instant());
        }
        return SecretRow.of(token);
    }

    /** The account an active token acts for; empty for unknown and revoked tokens. */
    public Optional<PersonalCredential> authenticate(String secret) {
        return tokens.findByTokenHash(Digests.sha256Hex(secret)).filter(PersonalToken::isActive).map(token -> {
            token.markUsed(clock.instant());
            return new PersonalCredential(token.getId(), token.getAccount().getId());
        });
    }
}
