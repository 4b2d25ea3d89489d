package org.badgeportal.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.apikeys.ApiKeys;
import org.badgeportal.apikeys.PersonalTokens;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.Membership;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.issuers.store.IssuerRepository;
import org.badgeportal.issuers.store.MembershipRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the data a test needs, with unique names so tests sharing one context never collide.
 * A bean in every test context: component scanning finds it on the test class path.
 */
@Component
public class TestData {

    public static final String PASSWORD = "correct horse battery";

    private final AccountRepository accounts;
    private final IssuerRepository issuers;
    private final MembershipRepository memberships;
    private final BadgeRepository badges;
    private final PasswordEncoder passwordEncoder;
    private final UserDetailsService userDetails;
    private final Clock clock;
    private final ApiKeys apiKeys;
    private final PersonalTokens personalTokens;
    private final JdbcTemplate jdbc;

    /** Ids of rows tests write with SQL: negative, so they never meet the portal's sequence, and unique per run. */
    private static final AtomicLong ROW_IDS = new AtomicLong(-1_000_000_000L);

    TestData(AccountRepository accounts, IssuerRepository issuers, MembershipRepository memberships,
             BadgeRepository badges, PasswordEncoder passwordEncoder, UserDetailsService userDetails, Clock clock,
             ApiKeys apiKeys, PersonalTokens personalTokens, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.apiKeys = apiKeys;
        this.personalTokens = personalTokens;
        this.accounts = accounts;
        this.issuers = issuers;
        this.memberships = memberships;
        this.badges = badges;
        this.passwordEncoder = passwordEncoder;
        this.userDetails = userDetails;
        this.clock = clock;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A verified account with {@link #PASSWORD}. */
    @Transactional
    public Account account(String namePrefix) {
        String handle = unique(namePrefix);
        Account account = new Account(handle + "@example.org", passwordEncoder.encode(PASSWORD),
                namePrefix, handle, clock.instant());
        account.markEmailVerified();
        return accounts.save(account);
    }

    @Transactional
    public Issuer issuer(Account owner, AcceptancePolicy policy) {
        Issuer issuer = issuers.save(new Issuer(unique("org"), "Organisation " + unique("o"), policy, clock.instant()));
        memberships.save(new Membership(issuer, owner, MembershipRole.OWNER, clock.instant()));
        return issuer;
    }

    @Transactional
    public void addMember(Issuer issuer, Account account, MembershipRole role) {
        memberships.save(new Membership(issuer, account, role, clock.instant()));
    }

    @Transactional
    public Badge badge(Issuer issuer, String name) {
        Badge badge = new Badge(issuer, unique("badge"), name, clock.instant());
        badge.setEarnerDescription("Earned by doing " + name);
        badge.setConsumerDescription("Shows that the earner did " + name);
        badge.setType("skill");
        badge.useImageUrl("https://example.org/" + badge.getSlug() + ".png");
        badge.setListed(true);
        return badges.save(badge);
    }

    /** A new API key of the issuer; returns the secret to send as {@code X-Api-Key}. */
    public String apiKey(Issuer issuer) {
        return apiKeys.create(issuer.getSlug(), "Test key").secret();
    }

    /** A new personal access token of the account; returns the secret to send as a bearer token. */
    public String personalToken(Account account) {
        return personalTokens.create(account.getId(), "Test token").secret();
    }

    /** An id for a row a test writes with SQL (see {@link #ROW_IDS}). */
    public static long rowId() {
        return ROW_IDS.getAndDecrement();
    }

    /**
     * A public collection of the account holding these awards (public ids, in this order), written with SQL so
     * that tests can build more of them than the collections' own limits allow; returns its id.
     */
    public long publicCollection(Account owner, String name, String description, List<String> awardPublicIds) {
        long id = rowId();
        jdbc.update("insert into badge_collection (id, account_id, name, description, public, created_at)"
                + " values (?, ?, ?, ?, true, ?)", id, owner.getId(), name, description,
                Timestamp.from(clock.instant()));
        for (int i = 0; i < awardPublicIds.size(); i++) {
            jdbc.update("insert into badge_collection_item (collection_id, position, award_id)"
                    + " select ?, ?, id from award where public_id = ?", id, i, awardPublicIds.get(i));
        }
        return id;
    }

    /** The principal MockMvc's {@code user(...)} needs to act as this account. */
    public SignedInAccount principal(Account account) {
        return (SignedInAccount) userDetails.loadUserByUsername(account.getEmail());
    }
}
