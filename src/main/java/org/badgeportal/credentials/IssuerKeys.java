package org.badgeportal.credentials;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.badgeportal.issuers.IssuerCreated;
import org.badgeportal.system.SecretBox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuers' Ed25519 signing keys: one is made with each new issuer, and lazily for issuers that have none (demo
 * data, the sandbox, older databases). The private key is sealed with the server secret and never leaves the
 * server. A credential is signed with the key that was current when its award was issued (the first key for
 * awards older than every key), so rotating never changes a credential already handed out.
 */
@Service
public class IssuerKeys {

    private final IssuerKeyRepository keys;
    private final SecretBox secretBox;
    private final Clock clock;

    IssuerKeys(IssuerKeyRepository keys, SecretBox secretBox, Clock clock) {
        this.keys = keys;
        this.secretBox = secretBox;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onIssuerCreated(IssuerCreated event) {
        keys.lockIssuer(event.issuerId());
        if (keys.findByIssuerIdOrderByCreatedAtAscIdAsc(event.issuerId()).isEmpty()) {
            create(event.issuerId());
        }
    }

    /** The key that signs an award issued at {@code issuedAt}; creates the issuer's first key if it has none. */
    @Transactional
    public SigningKey signingKeyFor(Long issuerId, Instant issuedAt) {
        IssuerKey key = keyAt(ensureKeys(issuerId), issuedAt);
        byte[] seed = Base64.getDecoder().decode(secretBox.open(key.getPrivateKeyCiphertext()));
        return new SigningKey(key.getMultikey(), Ed25519.privateKey(seed));
    }

    /** The issuer's current key (made if missing), for the settings page. */
    @Transactional
    public Multikey current(Long issuerId) {
        List<IssuerKey> all = ensureKeys(issuerId);
        return currentOf(all).getMultikey();
    }

    /** Retires the current key and makes a new one; awards issued from now on are signed with it. */
    @Transactional
    public Multikey rotate(Long issuerId) {
        List<IssuerKey> all = ensureKeys(issuerId);
        Instant now = clock.instant();
        all.stream().filter(key -> key.getRetiredAt() == null).forEach(key -> key.retire(now));
        return create(issuerId).getMultikey();
    }

    @Transactional(readOnly = true)
    public List<IssuerKey> all(Long issuerId) {
        return keys.findByIssuerIdOrderByCreatedAtAscIdAsc(issuerId);
    }

    private List<IssuerKey> ensureKeys(Long issuerId) {
        List<IssuerKey> all = keys.findByIssuerIdOrderByCreatedAtAscIdAsc(issuerId);
        if (!all.isEmpty()) {
            return all;
        }
        keys.lockIssuer(issuerId);
        all = keys.findByIssuerIdOrderByCreatedAtAscIdAsc(issuerId);
        return all.isEmpty() ? List.of(create(issuerId)) : all;
    }

    private static IssuerKey keyAt(List<IssuerKey> all, Instant issuedAt) {
        return all.stream()
                .filter(key -> key.wasCurrentAt(issuedAt))
                .max(Comparator.comparing(IssuerKey::getCreatedAt).thenComparing(IssuerKey::getId))
                .orElse(all.get(0));
    }

    private static IssuerKey currentOf(List<IssuerKey> all) {
        return all.stream().filter(key -> key.getRetiredAt() == null).reduce((first, second) -> second)
                .orElse(all.get(all.size() - 1));
    }

    private IssuerKey create(Long issuerId) {
        KeyPair pair = Ed25519.generate();
        Multikey multikey = Multikey.of(Ed25519.rawPublicKey(pair.getPublic()));
        String sealed = secretBox.seal(Base64.getEncoder().encodeToString(Ed25519.rawPrivateKey(pair.getPrivate())));
        return keys.save(new IssuerKey(issuerId, multikey.publicKeyMultibase(), sealed, clock.instant()));
    }

    /** A key ready to sign: its public Multikey and the opened private key (never stored, never shown). */
    public record SigningKey(Multikey multikey, PrivateKey privateKey) {
    }
}
