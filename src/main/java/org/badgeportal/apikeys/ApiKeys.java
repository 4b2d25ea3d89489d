package org.badgeportal.apikeys;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.badgeportal.apikeys.store.ApiKeyRepository;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.badgeportal.system.Digests;
import org.badgeportal.system.NotFoundException;
import org.badgeportal.system.SecretBox;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuers' API keys: created (the secret is returned once), listed, revoked, and checked when presented.
 * A key is found by its SHA-256; its sealed copy (see {@link SecretBox}) serves signed requests only.
 */
@Service
@Transactional
public class ApiKeys {

    /** Keys per page of the dashboard's key list. */
    public static final int PAGE_SIZE = 50;

    private final ApiKeyRepository keys;
    private final IssuerService issuers;
    private final SecretBox secretBox;
    private final Clock clock;

    ApiKeys(ApiKeyRepository keys, IssuerService issuers, SecretBox secretBox, Clock clock) {
        this.keys = keys;
        this.issuers = issuers;
        this.secretBox = secretBox;
        this.clock = clock;
    }

    /** A key just created: {@code secret} is shown to the owner once and never again. */
    /** Serializable: carried to the next page as a flash attribute in the (database) session. */
    public record NewKey(Long id, String name, String prefix, String secret) implements Serializable {
    }

    /** Creates a key for the issuer; {@code name} is what the owner calls it (1-100 characters). */
    public NewKey create(String issuerSlug, String name) {
        return register(issuers.requireBySlug(issuerSlug), name, Secrets.generate("bp_"));
    }

    /** Stores a key whose secret is already chosen (the demo key from configuration, test fixtures). */
    public NewKey register(Issuer issuer, String name, String secret) {
        ApiKey key = keys.save(new ApiKey(issuer, name.strip(), Secrets.prefix(secret), Digests.sha256Hex(secret),
                secretBox.seal(secret), clock.instant()));
        return new NewKey(key.getId(), key.getName(), key.getPrefix(), secret);
    }

    /** One page of the issuer's keys, active ones first, newest first. */
    @Transactional(readOnly = true)
    public Page<SecretRow> page(String issuerSlug, int page) {
        Issuer issuer = issuers.requireBySlug(issuerSlug);
        return keys.findPageForIssuer(issuer.getId(), PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                .map(SecretRow::of);
    }

    @Transactional(readOnly = true)
    public List<SecretRow> list(String issuerSlug) {
        Issuer issuer = issuers.requireBySlug(issuerSlug);
        return keys.findForIssuer(issuer.getId()).stream().map(SecretRow::of).toList();
    }

    /** Revokes a key of this issuer (at once, for every instance); revoking twice changes nothing. */
    public SecretRow revoke(String issuerSlug, Long keyId) {
        Issuer issuer = issuers.requireBySlug(issuerSlug);
        ApiKey key = keys.findById(keyId).filter(found -> found.getIssuer().getId().equals(issuer.getId()))
                .orElseThrow(() -> new NotFoundException("API key"));
        if (key.isActive()) {
            key.revoke(clock.instant());
        }
        return SecretRow.of(key);
    }

    /** The issuer an active key acts for; empty for unknown and revoked keys. */
    public Optional<IssuerCredential> authenticate(String secret) {
        return keys.findByKeyHash(Digests.sha256Hex(secret)).filter(ApiKey::isActive).map(this::used);
    }

    /**
     * The issuer whose active key made {@code signature} (lowercase hex HMAC-SHA256 of {@code message}); empty
     * when none of the service's keys did.
     */
    public Optional<IssuerCredential> signedBy(String service, byte[] message, String signature) {
        return keys.findSigningKeys(service).stream()
                .filter(key -> Secrets.sameText(
                        Secrets.hmacSha256Hex(secretBox.open(key.getSecretCiphertext()), message), signature))
                .findFirst()
                .map(this::used);
    }

    private IssuerCredential used(ApiKey key) {
        key.markUsed(clock.instant());
        return new IssuerCredential(key.getId(), key.getIssuer().getId(), key.getIssuer().getSlug(), false);
    }
}
