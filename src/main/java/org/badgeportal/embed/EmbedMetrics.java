package org.badgeportal.embed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts reads of the embed and the UserBadges read API ({@code badges_embed_hits_total{kind=...}} at
 * {@code /actuator/prometheus}): how much the portal's badges are shown on other sites.
 */
@Component
public class EmbedMetrics {

    /** What was read: the embed script's data, a service's badge list, the no-script image or iframe. */
    public enum Kind {
        USERS, BADGES, IMAGE, IFRAME
    }

    private final Map<Kind, Counter> hits = new EnumMap<>(Kind.class);

    EmbedMetrics(MeterRegistry registry) {
        for (Kind kind : Kind.values()) {
            hits.put(kind, Counter.builder("badges.embed.hits").tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .description("Reads of embed data, images and iframes").register(registry));
        }
    }

    public void hit(Kind kind) {
        hits.get(kind).increment();
    }
}
