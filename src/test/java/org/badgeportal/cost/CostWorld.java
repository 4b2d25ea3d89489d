package org.badgeportal.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.IssuedAward;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.Criterion;
import org.badgeportal.badges.Program;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.badges.store.ProgramRepository;
import org.badgeportal.images.ImageService;
import org.badgeportal.images.ImageValidator;
import org.badgeportal.images.StoredImage;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.issuers.store.IssuerRepository;
import org.badgeportal.support.TestData;
import org.badgeportal.support.TestImages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A whole small installation for the cost tests, of {@code n} of every kind a page lists: badges (with uploaded
 * images, criteria, tags), awards to one earner (accepted ones from an automatic issuer, pending ones from an
 * issuer that asks first), other recipients (site users and accounts), members, API keys, personal tokens,
 * programs, collections of n items each, revoked awards. The earner's awards carry a narrative, evidence and the
 * member who issued them. Built through the services, collections with SQL. Public: the security tests
 * ({@code org.badgeportal.security}) build their installation from it too.
 */
@Component
public class CostWorld {

    /** Collections get ids of their own, far below the sequence's, so they never meet the entities' ids. */

    private final TestData data;
    private final AwardService awards;
    private final BadgeRepository badges;
    private final IssuerRepository issuers;
    private final ProgramRepository programs;
    private final ImageService images;
    private final ImageValidator validator;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    CostWorld(TestData data, AwardService awards, BadgeRepository badges, IssuerRepository issuers,
              ProgramRepository programs, ImageService images, ImageValidator validator, JdbcTemplate jdbc,
              TransactionTemplate transaction) {
        this.data = data;
        this.awards = awards;
        this.badges = badges;
        this.issuers = issuers;
        this.programs = programs;
        this.images = images;
        this.validator = validator;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** What the routes' path variables and callers are filled from. */
    public record World(int size, Account owner, Account staff, Account earner, Account admin, Account claimer,
                 Issuer issuer, Issuer consentIssuer, List<Badge> badges, List<String> earnerAwards,
                 String siteUser, String collection, String claimToken, long imageId, long mailId,
                 String apiKey, String consentApiKey, String personalToken) {

        public Badge badge() {
            return badges.get(0);
        }

        public String award() {
            return earnerAwards.get(0);
        }
    }

    public World build(int n) {
        Account owner = data.account("owner");
        Account staff = data.account("staff");
        Account earner = data.account("earner");
        Account claimer = data.account("claimer");
        Account admin = data.account("admin");
        jdbc.update("update account set role = 'ADMIN' where id = ?", admin.getId());
        Issuer issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        Issuer consentIssuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        jdbc.update("update issuer set verified = true, description = 'Teaches things', url = 'https://example.org',"
                + " contact_email = 'org@example.org' where id in (?, ?)", issuer.getId(), consentIssuer.getId());
        data.addMember(issuer, staff, MembershipRole.STAFF);
        for (int i = 0; i < n; i++) {
            data.addMember(issuer, data.account("member"), i % 2 == 0 ? MembershipRole.STAFF : MembershipRole.OWNER);
        }
        String apiKey = data.apiKey(issuer);
        String consentApiKey = data.apiKey(consentIssuer);
        String personalToken = data.personalToken(earner);
        for (int i = 1; i < n; i++) {
            data.apiKey(issuer);
            data.personalToken(earner);
        }
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < n; i++) {
                programs.save(new Program(issuers.getReferenceById(issuer.getId()), TestData.unique("p"),
                        "Program " + i, "About program " + i));
            }
        });
        List<Badge> issued = new ArrayList<>();
        List<Badge> asked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            issued.add(badge(issuer, "Skill " + i));
            asked.add(badge(consentIssuer, "Consent " + i));
        }
        String siteUser = TestData.unique("user").replace('-', '_');
        List<String> earnerAwards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            earnerAwards.add(awards.issue(AwardRequest.of(issued.get(i), earner.getEmail()).withNarrative("Did it")
                    .withEvidence(List.of("https://example.org/evidence/" + i, "https://example.org/more/" + i))
                    .issuedBy(owner.getId())).publicId());
            award(asked.get(i), earner.getEmail());
            award(issued.get(i), siteUser);
            award(issued.get(0), TestData.unique("someone").replace('-', '_'));
            String held = award(issued.get(i), data.account("holder").getEmail());
            awards.revoke(held, "Issued by mistake", owner.getId());
            award(asked.get(0), TestData.unique("guest") + "@example.org");
        }
        // A site user to claim: one award, not linked to any account yet.
        IssuedAward unclaimed = awards.issue(AwardRequest.of(issued.get(0), TestData.unique("claim").replace('-', '_')));
        String claimToken = awards.createClaimLink(unclaimed.recipientId(), owner.getId());

        String collection = null;
        for (int c = 0; c < n; c++) {
            String name = "Collection " + c;
            collection = collection == null ? name : collection;
            data.publicCollection(earner, name, "Shown things " + c, earnerAwards.subList(0, n));
        }
        long imageId = issued.get(0).getImage().getId();
        Long mailId = jdbc.queryForObject("select max(id) from outbound_mail where to_address = ?", Long.class,
                earner.getEmail());
        return new World(n, owner, staff, earner, admin, claimer, issuer, consentIssuer, issued, earnerAwards,
                siteUser, collection, claimToken, imageId, mailId == null ? -1 : mailId, apiKey, consentApiKey,
                personalToken);
    }

    private String award(Badge badge, String recipient) {
        return awards.issue(AwardRequest.of(badge, recipient)).publicId();
    }

    private Badge badge(Issuer issuer, String name) {
        Badge created = data.badge(issuer, name);
        return transaction.execute(status -> {
            Badge badge = badges.findById(created.getId()).orElseThrow();
            try {
                StoredImage image = images.store(validator.check(TestImages.png()));
                badge.useUploadedImage(image);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            badge.setStrapline("Strapline of " + name);
            badge.replaceCriteria(List.of(new Criterion("Do the thing", true, null),
                    new Criterion("Explain it", false, "a note")));
            badge.replaceTags(Set.of("tag-a", "tag-b"));
            badge.replaceCustomFields(Map.of("level", "1"));
            badge.getImage().getId();
            return badge;
        });
    }
}
