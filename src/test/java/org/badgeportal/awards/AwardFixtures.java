package org.badgeportal.awards;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.awards.lifecycle.AwardRepository;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.TestData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Data the award tests need beyond {@link TestData}: unverified accounts, badges with rules, and DB reads. */
@Component
public class AwardFixtures {

    private final TestData data;
    private final AccountRepository accounts;
    private final BadgeRepository badges;
    private final AwardRepository awards;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AwardFixtures(TestData data, AccountRepository accounts, BadgeRepository badges, AwardRepository awards,
                  JdbcTemplate jdbc, Clock clock) {
        this.data = data;
        this.accounts = accounts;
        this.badges = badges;
        this.awards = awards;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An account that signed up but never followed the verification link. */
    @Transactional
    Account unverifiedAccount(String prefix) {
        String handle = TestData.unique(prefix);
        return accounts.save(new Account(handle + "@example.org", "{noop}x", prefix, handle, clock.instant()));
    }

    @Transactional
    Account verify(Account account) {
        Account current = accounts.findById(account.getId()).orElseThrow();
        current.markEmailVerified();
        return current;
    }

    @Transactional
    Account admin() {
        Account admin = data.account("admin");
        Account current = accounts.findById(admin.getId()).orElseThrow();
        current.makeAdmin();
        return current;
    }

    /** As if the account changed its email and has not verified the new one yet. */
    public void unverify(Account account) {
        jdbc.update("update account set email_verified = false where id = ?", account.getId());
    }

    @Transactional
    public void verifyIssuer(Issuer issuer) {
        jdbc.update("update issuer set verified = true where id = ?", issuer.getId());
    }

    @Transactional
    public void makeProfilePrivate(Account account) {
        jdbc.update("update account set profile_public = false where id = ?", account.getId());
    }

    @Transactional
    public Badge badge(Issuer issuer, Consumer<Badge> rules) {
        Badge badge = badges.findById(data.badge(issuer, "Badge " + TestData.unique("b")).getId()).orElseThrow();
        rules.accept(badge);
        return badge;
    }

    public AwardStatus status(String publicId) {
        return awards.findByPublicId(publicId).orElseThrow().getStatus();
    }

    @Transactional(readOnly = true)
    public Award award(String publicId) {
        Award award = awards.findByPublicId(publicId).orElseThrow();
        award.getEvidence().size();
        award.getRecipient().getIdentifier();
        return award;
    }

    /** The public ids of a badge's awards, newest first. */
    public List<String> publicIdsOf(Badge badge) {
        return jdbc.queryForList("select public_id from award where badge_id = ? order by issued_at desc, id desc",
                String.class, badge.getId());
    }

    public long awardsOf(Badge badge) {
        return count("select count(*) from award where badge_id = ?", badge.getId());
    }

    public long earnersOf(Badge badge) {
        return count("select count(distinct recipient_id) from award where badge_id = ? and status <> 'REVOKED'",
                badge.getId());
    }

    public long recipientsOf(Issuer issuer) {
        return count("select count(*) from recipient where issuer_id = ?", issuer.getId());
    }

    /** The account a recipient is linked to, or null. */
    public Long linkedAccount(Issuer issuer, String identifier) {
        List<Long> ids = jdbc.queryForList("select account_id from recipient where issuer_id = ? and identifier = ?",
                Long.class, issuer.getId(), identifier);
        return ids.isEmpty() ? null : ids.get(0);
    }

    public String claimTokenHash(Long recipientId) {
        return jdbc.queryForObject("select claim_token_hash from recipient where id = ?", String.class, recipientId);
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }
}
