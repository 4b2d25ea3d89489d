package org.badgeportal.embed;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.issuers.Issuer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Badges with chosen UserBadges names and awards in every state, for the embed tests. */
@Component
public class EmbedFixtures {

    /** What a hostile badge holds: markup that would set window.__pwned if it ever ran. */
    public static final String IMG_PAYLOAD = "<img src=x onerror=window.__pwned=1>";
    public static final String SCRIPT_PAYLOAD = "<script>window.__pwned=1</script><b onmouseover=window.__pwned=1>x</b>";

    private final BadgeRepository badges;
    private final AwardService awards;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EmbedFixtures(BadgeRepository badges, AwardService awards, JdbcTemplate jdbc, Clock clock) {
        this.badges = badges;
        this.awards = awards;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A badge whose UserBadges name is {@code name}, described by {@code description}. */
    @Transactional
    public Badge badge(Issuer issuer, String name, String description, Map<String, String> customFields) {
        Badge badge = new Badge(issuer, name, description, clock.instant());
        badge.setStrapline(description);
        badge.replaceCustomFields(customFields);
        return badges.save(badge);
    }

    public Badge badge(Issuer issuer, String name, String description) {
        return badge(issuer, name, description, Map.of());
    }

    /** Awards the badge to the user; returns the award's public id. */
    public String award(Badge badge, String user) {
        return awards.issue(AwardRequest.of(badge, user)).publicId();
    }

    public void setStatus(String publicId, String status) {
        jdbc.update("update award set status = ? where public_id = ?", status, publicId);
    }

    public void expire(String publicId) {
        jdbc.update("update award set expires_at = ? where public_id = ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1))), publicId);
    }
}
