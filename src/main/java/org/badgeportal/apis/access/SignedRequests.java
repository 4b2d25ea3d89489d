package org.badgeportal.apis.access;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.badgeportal.apikeys.ApiKeys;
import org.badgeportal.apikeys.IssuerCredential;
import org.badgeportal.apis.ApiException;
import org.badgeportal.apis.ApiProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed UserBadges requests: {@code ?ts=<unix seconds>&signature=<hex>}, where the
 * signature is the lowercase hex HMAC-SHA256, keyed with the API key, of
 * {@code METHOD + "\n" + PATH + "\n" + ts + "\n" + BODY} (PATH as sent, without the query string; BODY the raw
 * body, empty when there is none). Refused with 401: a malformed or missing part, a {@code ts} further than
 * {@code badges.api.signature-window} from the server's clock, a signature no active key of the service made,
 * and a signature that was already used (kept in the database for the window, so also across instances).
 */
@Component
class SignedRequests {

    private static final Pattern HEX_SIGNATURE = Pattern.compile("[0-9a-f]{64}");

    private final ApiKeys keys;
    private final JdbcClient jdbc;
    private final Duration window;
    private final Clock clock;

    SignedRequests(ApiKeys keys, JdbcClient jdbc, ApiProperties properties, Clock clock) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.window = properties.signatureWindow();
        this.clock = clock;
    }

    /** The text that is signed. */
    static byte[] message(String method, String path, String ts, byte[] body) {
        byte[] head = (method + "\n" + path + "\n" + ts + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[head.length + body.length];
        System.arraycopy(head, 0, message, 0, head.length);
        System.arraycopy(body, 0, message, head.length, body.length);
        return message;
    }

    @Transactional
    public IssuerCredential verify(String service, String method, String path, String ts, String signature,
                                   byte[] body) {
        if (ts == null || !ts.matches("\\d{1,12}")) {
            throw ApiException.unauthorized("A signed request needs ts, the time in Unix seconds");
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(ts));
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(window)) || signedAt.isAfter(now.plus(window))) {
            throw ApiException.unauthorized("The signature's ts is more than " + window.toSeconds()
                    + " seconds away from the server's clock (" + now.getEpochSecond() + ")");
        }
        if (signature == null || !HEX_SIGNATURE.matcher(signature).matches()) {
            throw ApiException.unauthorized("The signature must be 64 lowercase hex characters");
        }
        IssuerCredential credential = keys.signedBy(service, message(method, path, ts, body), signature)
                .orElseThrow(() -> ApiException.unauthorized("Invalid signature"));
        try {
            jdbc.sql("insert into used_signature (signature, used_at) values (:signature, :usedAt)")
                    .param("signature", signature).param("usedAt", java.sql.Timestamp.from(now)).update();
        } catch (DuplicateKeyException replay) {
            throw ApiException.unauthorized("This signature was already used; sign every request anew");
        }
        return credential;
    }

    /** Signatures older than the window can no longer be replayed (their ts is refused): forget them. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @SchedulerLock(name = "used-signatures-cleanup")
    @Transactional
    public void forgetExpired() {
        jdbc.sql("delete from used_signature where used_at < :before")
                .param("before", java.sql.Timestamp.from(clock.instant().minus(window.multipliedBy(2)))).update();
    }
}
