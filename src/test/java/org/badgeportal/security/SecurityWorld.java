package org.badgeportal.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.apikeys.ApiKeys;
import org.badgeportal.apikeys.PersonalTokens;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.IssuedAward;
import org.badgeportal.cost.CostWorld;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.support.TestData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The installation the security tests ask about, built once per test context: {@link CostWorld}'s installation
 * (one of everything) plus what it lacks for the callers of {@link Caller}: an account with no relation to
 * anything, a second issuer with an owner, a staff member and an API key, a pending award of the recipient and a
 * person with a private profile.
 * "Fresh" objects are made per matrix cell for the routes that change or destroy what they are called on.
 */
@Component
class SecurityWorld {

    /** The signed-in callers' principals by account id, loaded once. */
    private static final Map<Long, SignedInAccount> PRINCIPALS = new ConcurrentHashMap<>();

    /** Collections made here get ids of their own, far below the sequence's and CostWorld's. */

    private final CostWorld costs;
    private final AccountRepository accounts;
    private final TestData data;
    private final AwardService awards;
    private final ApiKeys apiKeys;
    private final PersonalTokens tokens;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile World world;

    SecurityWorld(CostWorld costs, AccountRepository accounts, TestData data, AwardService awards, ApiKeys apiKeys, PersonalTokens tokens,
                  JdbcTemplate jdbc, Clock clock) {
        this.costs = costs;
        this.accounts = accounts;
        this.data = data;
        this.awards = awards;
        this.apiKeys = apiKeys;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param home       {@link CostWorld}'s: the issuer (AUTOMATIC) whose owner, staff and key are OWNER, STAFF and
     *                   API_KEY; its earner is the RECIPIENT of its awards and collection, with a personal token
     * @param stranger   EARNER: a verified account without any relation
     * @param elsewhere  another issuer (REQUIRED) with its own owner, staff (STAFF_ELSEWHERE) and key (OTHER_API_KEY)
     * @param pendingAward a PENDING award of the recipient from the home issuer
     * @param hidden     an account with a private profile (an accepted award, a public collection "Shelf")
     */
    record World(CostWorld.World home, Account stranger, Issuer elsewhere, Account elsewhereStaff,
                 String otherApiKey, String pendingAward, Account hidden) {

        String issuer() {
            return home.issuer().getSlug();
        }

        String badge() {
            return home.badge().getSlug();
        }

        String award() {
            return home.award();
        }

        Account recipient() {
            return home.earner();
        }

        /** The signed-in caller's principal, loaded once. */
        SignedInAccount principal(Caller caller, TestData data) {
            return PRINCIPALS.computeIfAbsent(caller.account(this).getId(),
                    id -> data.principal(caller.account(this)));
        }
    }

    synchronized World world() {
        if (world == null) {
            CostWorld.World home = costs.build(1);
            Account elsewhereOwner = data.account("owner-elsewhere");
            Account elsewhereStaff = data.account("staff-elsewhere");
            Issuer elsewhere = data.issuer(elsewhereOwner, AcceptancePolicy.REQUIRED);
            data.addMember(elsewhere, elsewhereStaff, MembershipRole.STAFF);
            data.badge(elsewhere, "Elsewhere badge");
            world = new World(home, data.account("stranger"), elsewhere, elsewhereStaff, data.apiKey(elsewhere),
                    pendingAward(home), hiddenPerson(home));
        }
        return world;
    }

    /** An account with a private profile, an accepted award of the home issuer and a public collection. */
    private Account hiddenPerson(CostWorld.World home) {
        Account person = data.account("private");
        String award = awards.issue(AwardRequest.of(home.badges().get(0), person.getEmail())).publicId();
        jdbc.update("update account set profile_public = false where id = ?", person.getId());
        data.publicCollection(person, "Shelf", "Public shelf of a private person", List.of(award));
        return person;
    }

    /** A new badge of the home issuer (slug). */
    String badge() {
        return data.badge(world().home().issuer(), "Fresh badge").getSlug();
    }

    /** A new accepted award of the home issuer's first badge to a new site user (public id). */
    String award() {
        return awards.issue(AwardRequest.of(world().home().badge(), TestData.unique("fresh").replace('-', '_')))
                .publicId();
    }

    /**
     * A new PENDING award of the home issuer to the recipient. The home issuer accepts automatically, so the award
     * is put back to PENDING with SQL: the state an issuer that asks first would have given it.
     */
    String pendingAward() {
        return pendingAward(world().home());
    }

    private String pendingAward(CostWorld.World home) {
        String id = awards.issue(AwardRequest.of(home.badges().get(0), home.earner().getEmail())).publicId();
        jdbc.update("update award set status = 'PENDING', responded_at = null where public_id = ?", id);
        return id;
    }

    /** A new claim link for a new, unlinked site user of the home issuer. */
    String claimToken() {
        CostWorld.World home = world().home();
        IssuedAward award = awards.issue(AwardRequest.of(home.badge(), TestData.unique("claim").replace('-', '_')));
        return awards.createClaimLink(award.recipientId(), home.owner().getId());
    }

    /**
     * A new verified account that shares the stranger's password hash: as good as {@link TestData#account} for
     * memberships and ownership, without hashing a password for every cell.
     */
    private Account quickAccount(String prefix) {
        String handle = TestData.unique(prefix);
        Account account = new Account(handle + "@example.org", world().stranger().getPasswordHash(), prefix, handle,
                clock.instant());
        account.markEmailVerified();
        return accounts.save(account);
    }

    /** A claim link that was already used (by a new account). */
    String usedClaimToken() {
        String token = claimToken();
        awards.claim(token, quickAccount("claimed").getId());
        return token;
    }

    /** A new STAFF membership of the home issuer (its id). */
    long membership() {
        Account member = quickAccount("member");
        data.addMember(world().home().issuer(), member, MembershipRole.STAFF);
        return jdbc.queryForObject("select id from issuer_membership where account_id = ?", Long.class, member.getId());
    }

    /** A new STAFF membership of the other issuer (its id). */
    long elsewhereMembership() {
        Account member = quickAccount("member");
        data.addMember(world().elsewhere(), member, MembershipRole.STAFF);
        return jdbc.queryForObject("select id from issuer_membership where account_id = ?", Long.class, member.getId());
    }

    /** A new API key of the home issuer (its id). */
    long apiKeyId() {
        return apiKeys.create(world().issuer(), "Fresh key").id();
    }

    /** A new API key of the other issuer (its id). */
    long elsewhereApiKeyId() {
        return apiKeys.create(world().elsewhere().getSlug(), "Fresh key").id();
    }

    /** A new DECLINED award of the home issuer to the recipient (public id). */
    String declinedAward() {
        String id = pendingAward();
        jdbc.update("update award set status = 'DECLINED', responded_at = ? where public_id = ?",
                Timestamp.from(clock.instant()), id);
        return id;
    }

    /** A new PRIVATE collection of the recipient holding the recipient's accepted award (its name). */
    String privateCollection() {
        String name = collection();
        jdbc.update("update badge_collection set public = false where account_id = ? and name = ?",
                world().recipient().getId(), name);
        return name;
    }

    /** A new personal token of the recipient (its id). */
    long tokenId() {
        return tokens.create(world().recipient().getId(), "Fresh token").id();
    }

    /** A new issuer (slug) owned by a new account. */
    String issuer() {
        return data.issuer(quickAccount("owner"), AcceptancePolicy.AUTOMATIC).getSlug();
    }

    /** A new public collection of the recipient holding the recipient's accepted award (its name). */
    String collection() {
        String name = TestData.unique("Shelf");
        data.publicCollection(world().recipient(), name, "Fresh shelf", List.of(world().award()));
        return name;
    }
}
