package org.badgeportal.embed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;
import org.badgeportal.awards.AwardAnswered;
import org.badgeportal.awards.AwardIssued;
import org.badgeportal.awards.AwardRevoked;
import org.badgeportal.badges.BadgesChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embed's JSON answers, kept serialised for a short time: a page that shows the same user many times, and
 * many pages showing popular users, cost one database read per answer and period. Every award change (and every badge change
 * published as {@link BadgesChanged}) on this instance empties the cache once it is committed; other instances see it when their entries expire
 * ({@code badges.embed.cache-ttl}, two seconds by default), so nothing stays stale for long.
 */
@Component
public class EmbedAnswers {

    /** How long browsers and shared caches may keep an embed answer: the JSON reads and the widget page. */
    public static final CacheControl BROWSER_CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Cache<String, byte[]> answers;
    private final JsonMapper json;

    EmbedAnswers(JsonMapper json, @Value("${badges.embed.cache-ttl:PT2S}") Duration timeToLive) {
        this.json = json;
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumWeight(MAX_BYTES)
                .weigher((String key, byte[] body) -> key.length() + body.length)
                .build();
    }

    /** The cached answer for the key, or the freshly computed one (an exception caches nothing). */
    public byte[] get(String key, Supplier<Object> answer) {
        return answers.get(key, unused -> json.writeValueAsBytes(answer.get()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void awardIssued(AwardIssued event) {
        answers.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void awardRevoked(AwardRevoked event) {
        answers.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void awardAnswered(AwardAnswered event) {
        answers.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void badgesChanged(BadgesChanged event) {
        answers.invalidateAll();
    }
}
