package org.badgeportal.collections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.badges.Badge;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Awards in every state for collection and profile tests, made through the award service, and DB reads. */
@Component
public class ShowcaseFixtures {

    private final AwardService awards;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ShowcaseFixtures(AwardService awards, JdbcTemplate jdbc, Clock clock) {
        this.awards = awards;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An award the account has not answered yet (the badge's issuer must require acceptance). */
    public String pending(Badge badge, Account earner) {
        return awards.issue(AwardRequest.of(badge, earner.getEmail())).publicId();
    }

    public String accepted(Badge badge, Account earner) {
        String publicId = pending(badge, earner);
        awards.accept(publicId, earner.getId());
        return publicId;
    }

    /** Accepted, but its validity ended yesterday. */
    public String expired(Badge badge, Account earner) {
        Instant now = clock.instant();
        String publicId = awards.issue(AwardRequest.of(badge, earner.getEmail())
                .withValidity(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)))).publicId();
        awards.accept(publicId, earner.getId());
        return publicId;
    }

    public void decline(String publicId, Account earner) {
        awards.decline(publicId, earner.getId());
    }

    public void revoke(String publicId, Account issuerMember) {
        awards.revoke(publicId, "Issued by mistake", issuerMember.getId());
    }

    /** Makes the award look older, so that "latest" dates and orders can be told apart. */
    public void issuedDaysAgo(String publicId, int days) {
        jdbc.update("update award set issued_at = ? where public_id = ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(days))), publicId);
    }

    /** The public ids of a collection's awards in their order. */
    public List<String> itemsOf(Account owner, String name) {
        return jdbc.queryForList("""
                select a.public_id from badge_collection_item i join badge_collection c on c.id = i.collection_id
                join award a on a.id = i.award_id where c.account_id = ? and c.name = ? order by i.position""",
                String.class, owner.getId(), name);
    }

    public long collectionsNamed(Account owner, String name) {
        Long count = jdbc.queryForObject("select count(*) from badge_collection where account_id = ? and name = ?",
                Long.class, owner.getId(), name);
        return count == null ? 0 : count;
    }

    public void setProfilePublic(Account account, boolean value) {
        jdbc.update("update account set profile_public = ? where id = ?", value, account.getId());
    }
}
