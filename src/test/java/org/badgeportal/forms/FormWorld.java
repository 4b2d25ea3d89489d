package org.badgeportal.forms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.IssuedAward;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.support.TestData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The objects one route's generated requests point at, fresh for every route so that what one route's successful
 * requests change (a badge deleted, a member removed, a link claimed) never leaves the next route pointing at
 * nothing. The accounts are shared (making accounts hashes passwords, the slow part); everything they own here
 * is new: an automatic issuer with three badges and a staff member, an issuer asking its earners first, another
 * owner's issuer, awards to the earner (accepted and pending), collections, a claim link, a password reset link,
 * API keys and personal tokens.
 */
record FormWorld(People people, Issuer issuer, Issuer consentIssuer, Issuer otherIssuer, List<Badge> badges,
                 Badge otherBadge, List<String> acceptedAwards, List<String> pendingAwards, String otherAward,
                 List<String> collections, String claimToken, String resetToken, List<Long> memberships,
                 long otherMembership, List<Long> apiKeys, long otherApiKey, List<Long> personalTokens,
                 long otherPersonalToken) {

    /** Rows inserted here with SQL get ids of their own, far below the sequence's. */

    /** The callers: an owner (staff is a member of each world's issuer), the earner, an administrator. */
    record People(Account owner, Account staff, Account earner, Account admin, Account other, Account resetter) {

        static People create(TestData data, JdbcTemplate jdbc) {
            Account admin = data.account("formadmin");
            jdbc.update("update account set role = 'ADMIN' where id = ?", admin.getId());
            return new People(data.account("formowner"), data.account("formstaff"), data.account("formearner"),
                    admin, data.account("formother"), data.account("formreset"));
        }
    }

    static FormWorld build(People people, TestData data, AwardService awards, JdbcTemplate jdbc, Clock clock) {
        Issuer issuer = data.issuer(people.owner(), AcceptancePolicy.AUTOMATIC);
        Issuer consentIssuer = data.issuer(people.owner(), AcceptancePolicy.REQUIRED);
        Issuer otherIssuer = data.issuer(people.other(), AcceptancePolicy.AUTOMATIC);
        data.addMember(issuer, people.staff(), MembershipRole.STAFF);
        List<Badge> badges = List.of(data.badge(issuer, "Form skill"), data.badge(issuer, "Second skill"),
                data.badge(issuer, "Third skill"));
        Badge consentBadge = data.badge(consentIssuer, "Consent skill");
        Badge otherBadge = data.badge(otherIssuer, "Other skill");
        String earner = people.earner().getEmail();
        List<String> accepted = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            accepted.add(awards.issue(AwardRequest.of(badges.get(i), earner)).publicId());
            pending.add(awards.issue(AwardRequest.of(consentBadge, earner)).publicId());
        }
        String otherAward = awards.issue(AwardRequest.of(otherBadge, people.other().getEmail())).publicId();
        IssuedAward unclaimed = awards.issue(AwardRequest.of(badges.get(0), TestData.unique("claim").replace('-', '_')));
        String claimToken = awards.createClaimLink(unclaimed.recipientId(), people.owner().getId());

        List<String> collections = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            String name = TestData.unique("Shelf");
            collections.add(name);
            data.publicCollection(people.earner(), name, "Things", accepted.subList(0, 2));
        }
        String resetToken = TestData.unique("reset") + "-" + TestData.unique("token");
        jdbc.update("insert into account_token (id, account_id, purpose, token_hash, expires_at)"
                + " values (?, ?, 'PASSWORD_RESET', ?, ?)", TestData.rowId(), people.resetter().getId(),
                sha256Hex(resetToken), Timestamp.from(clock.instant().plus(Duration.ofHours(1))));

        data.apiKey(issuer);
        data.apiKey(issuer);
        data.apiKey(otherIssuer);
        data.personalToken(people.earner());
        data.personalToken(people.other());
        List<Long> memberships = jdbc.queryForList("select id from issuer_membership where issuer_id = ?"
                + " order by id", Long.class, issuer.getId());
        long otherMembership = jdbc.queryForObject("select max(id) from issuer_membership where issuer_id = ?",
                Long.class, otherIssuer.getId());
        List<Long> apiKeys = jdbc.queryForList("select id from api_key where issuer_id = ?", Long.class,
                issuer.getId());
        long otherApiKey = jdbc.queryForObject("select max(id) from api_key where issuer_id = ?", Long.class,
                otherIssuer.getId());
        List<Long> tokens = jdbc.queryForList("select id from personal_token where account_id = ?"
                + " order by id desc limit 3", Long.class, people.earner().getId());
        long otherToken = jdbc.queryForObject("select max(id) from personal_token where account_id = ?",
                Long.class, people.other().getId());
        return new FormWorld(people, issuer, consentIssuer, otherIssuer, badges, otherBadge, accepted, pending,
                otherAward, collections, claimToken, resetToken, memberships, otherMembership, apiKeys,
                otherApiKey, tokens, otherToken);
    }

    private static String sha256Hex(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
