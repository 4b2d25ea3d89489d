package org.badgeportal.demo;

import static org.badgeportal.awards.AwardStatus.ACCEPTED;
import static org.badgeportal.awards.AwardStatus.PENDING;
import java.awt.Color;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.Accounts;
import org.badgeportal.apikeys.ApiKeys;
import org.badgeportal.awards.Recipient;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.Criterion;
import org.badgeportal.badges.Program;
import org.badgeportal.badges.TimeUnits;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.badgeportal.issuers.Membership;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.system.PortalProperties;
import org.badgeportal.system.RandomTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo data a new installation starts with: the UserBadges example service {@code demo} (as in
 * the UserBadges API's document: badges commenter, donated, popular, test; users daniel and bob), a credential-style
 * issuer {@code northwind-academy}, a staff and an earner account. {@link DemoDataRunner} decides whether to run.
 */
@Component
public class DemoData {

    public static final String DEMO_SERVICE = "demo";
    public static final String NORTHWIND = "northwind-academy";
    public static final String STAFF_EMAIL = "staff@demo.example";
    public static final String EARNER_EMAIL = "earner@demo.example";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final IssuerService issuers;
    private final Accounts accounts;
    private final ApiKeys apiKeys;
    private final DemoRecords records;
    private final PasswordEncoder passwordEncoder;
    private final PortalProperties properties;
    private final DemoProperties demo;
    private final Clock clock;

    DemoData(IssuerService issuers, Accounts accounts, ApiKeys apiKeys, DemoRecords records,
             PasswordEncoder passwordEncoder, PortalProperties properties, DemoProperties demo,
             Clock clock) {
        this.issuers = issuers;
        this.accounts = accounts;
        this.apiKeys = apiKeys;
        this.records = records;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.demo = demo;
        this.clock = clock;
    }

    /** Creates the demo data with the password and API key from {@code badges.demo.*}. */
    @Transactional
    public Optional<DemoSignIns> create() {
        return create(demo.password(), demo.apiKey());
    }

    /**
     * Creates the demo data in one transaction, unless a demo issuer exists already (then nothing happens).
     *
     * @param password the demo accounts' password; blank to generate one (returned for the banner)
     * @param apiKey   a key for the {@code demo} service; blank for none
     */
    @Transactional
    public Optional<DemoSignIns> create(String password, String apiKey) {
        if (issuers.findBySlug(DEMO_SERVICE).isPresent() || issuers.findBySlug(NORTHWIND).isPresent()) {
            log.info("Demo issuers exist already; no demo data created");
            return Optional.empty();
        }
        boolean generated = password == null || password.isBlank();
        String secret = generated ? generatePassword() : password;
        String passwordHash = passwordEncoder.encode(secret);
        Account staff = account(STAFF_EMAIL, "Sam Staff", "sam", passwordHash);
        Account earner = account(EARNER_EMAIL, "Erin Earner", "erin", passwordHash);

        Issuer demo = createDemoService(staff);
        createNorthwind(staff, earner);
        if (apiKey != null && !apiKey.isBlank()) {
            apiKeys.register(demo, "Demo key", apiKey.trim());
        }
        return Optional.of(new DemoSignIns(List.of(STAFF_EMAIL, EARNER_EMAIL), generated ? secret : null,
                embedSnippet()));
    }

    /** The UserBadges example: a site awarding its own users, so awards are accepted automatically. */
    private Issuer createDemoService(Account owner) {
        Issuer demo = issuer(DEMO_SERVICE, "Demo site", AcceptancePolicy.AUTOMATIC, owner, null,
                "A sample community site that awards badges to its members through the UserBadges API.",
                new Color(0x6f42c1));
        Badge commenter = siteBadge(demo, "commenter", "Posted at least 25 comments", null, 0x0d6efd, "#e7f1ff");
        Badge donated = siteBadge(demo, "donated", "Donated at least $5", "gold", 0xc99700, "#fff3cd");
        Badge popular = siteBadge(demo, "popular", "Post has at least 100 views", null, 0xd63384, "#f7d6e6");
        Badge test = siteBadge(demo, "test", "Another test badge", "silver", 0x6c757d, "#e9ecef");

        Recipient daniel = records.recipient(demo, "daniel", null);
        Recipient bob = records.recipient(demo, "bob", null);
        records.award(donated, daniel, ACCEPTED, 30, owner);
        records.award(donated, daniel, ACCEPTED, 3, owner);
        records.award(popular, daniel, ACCEPTED, 10, owner);
        records.award(commenter, daniel, ACCEPTED, 20, owner);
        records.award(donated, bob, ACCEPTED, 25, owner);
        records.award(donated, bob, ACCEPTED, 5, owner);
        records.award(test, bob, ACCEPTED, 2, owner);
        return demo;
    }

    /** A UserBadges badge: its name is the service's badge name; the description fills every text field. */
    private Badge siteBadge(Issuer issuer, String name, String description, String type, int color,
                            String background) {
        return records.badge(issuer, name, name, new Color(color), badge -> {
            badge.setStrapline(description);
            badge.setEarnerDescription(description);
            badge.setConsumerDescription(description);
            badge.setType("site");
            badge.setBackgroundColor(background);
            if (type != null) {
                badge.replaceCustomFields(Map.of("type", "\"" + type + "\""));
            }
        });
    }

    /** A school issuing credentials that earners must accept. */
    private void createNorthwind(Account owner, Account earnerAccount) {
        Issuer northwind = issuer(NORTHWIND, "Northwind Academy", AcceptancePolicy.REQUIRED, owner,
                "https://northwind.example",
                "Northwind Academy runs evening courses in software engineering. An assessor checks every "
                        + "badge we award.", new Color(0x0b7285));
        Program program = records.persist(new Program(northwind, "software-engineering", "Software engineering",
                "The evening track from first program to mentoring others."));

        Badge java = records.badge(northwind, "java-fundamentals", "Java Fundamentals", new Color(0x1f6feb), b -> {
            credential(b, program, "Writes, tests and debugs small Java programs",
                    "You wrote and tested twelve small Java programs and explained the ideas behind them.",
                    "The holder can write, test and debug small Java programs on their own, using classes, "
                            + "collections, exceptions and unit tests.", "#dbeafe", 730);
            b.replaceCriteria(List.of(
                    new Criterion("Complete the twelve exercises with all tests passing", true,
                            "Check that the tests were not changed to make them pass"),
                    new Criterion("Explain equals and hashCode in a short write-up", true,
                            "Look for the contract, not the wording"),
                    new Criterion("Pair-program one exercise with a mentor", false,
                            "Ask the mentor for a one-line comment")));
            b.setTime(20, TimeUnits.HOURS);
            b.replaceCategories(Set.of("programming"));
            b.replaceTags(Set.of("java", "fundamentals"));
            b.setShareText("I earned the Java Fundamentals badge at Northwind Academy!");
        });
        Badge review = records.badge(northwind, "code-review", "Code Reviewer", new Color(0x2f9e44), b -> {
            credential(b, program, "Gives kind and useful code reviews",
                    "You reviewed other learners' work and improved your own from the reviews you received.",
                    "The holder reviews code constructively: finds defects, explains them and respects the "
                            + "author.", "#dcfce7", 365);
            b.replaceCriteria(List.of(
                    new Criterion("Review ten pull requests from other learners", true,
                            "Sample three reviews and check their tone"),
                    new Criterion("Address every comment on one of your own pull requests", true, null),
                    new Criterion("Write a checklist for reviewers", false, "Extra credit for clarity")));
            b.setTime(2, TimeUnits.WEEKS);
            b.replaceCategories(Set.of("practice"));
            b.replaceTags(Set.of("code-review", "collaboration"));
        });
        records.badge(northwind, "mentor", "Mentor", new Color(0xe8590c), b -> {
            credential(b, program, "Helps newer learners succeed",
                    "You guided two learners through their first badge.",
                    "The holder has mentored newer developers over several weeks.", "#fff4e6", 365);
            b.replaceCriteria(List.of(
                    new Criterion("Mentor two learners until each earns a badge", true,
                            "Confirm with both learners"),
                    new Criterion("Hold four one-hour mentoring sessions", true, null)));
            b.setTime(8, TimeUnits.WEEKS);
            b.setLimit(50);
            b.replaceCategories(Set.of("community"));
            b.replaceTags(Set.of("mentoring", "leadership"));
        });

        Recipient erin = records.recipient(northwind, EARNER_EMAIL, earnerAccount);
        records.award(java, erin, ACCEPTED, 14, owner);
        records.award(review, erin, PENDING, 1, owner);
    }

    private static void credential(Badge badge, Program program, String strapline, String earnerDescription,
                                   String consumerDescription, String background, int validityDays) {
        badge.setProgram(program);
        badge.setStrapline(strapline);
        badge.setEarnerDescription(earnerDescription);
        badge.setConsumerDescription(consumerDescription);
        badge.setType("credential");
        badge.setBackgroundColor(background);
        badge.setValidityDays(validityDays);
        badge.setUnique(true);
        badge.setCriteriaUrl("https://northwind.example/badges/" + badge.getSlug() + "/criteria");
        badge.setRubricUrl("https://northwind.example/rubrics/" + badge.getSlug());
    }

    private Issuer issuer(String slug, String name, AcceptancePolicy policy, Account owner, String url,
                          String description, Color color) {
        Instant now = clock.instant();
        Issuer issuer = new Issuer(slug, name, policy, now);
        issuer.updateProfile(name, url, slug.equals(DEMO_SERVICE) ? STAFF_EMAIL : "badges@northwind.example",
                description, policy);
        issuer.setVerified(true);
        issuer.setImage(records.image(name, color));
        records.persist(issuer);
        records.persist(new Membership(issuer, owner, MembershipRole.OWNER, now));
        return issuer;
    }

    /** The account with that email, or a new verified one (with a free handle). */
    private Account account(String email, String displayName, String handle, String passwordHash) {
        return accounts.byEmail(email).orElseGet(() -> {
            String freeHandle = handle;
            for (int i = 2; accounts.existsByHandle(freeHandle); i++) {
                freeHandle = handle + i;
            }
            Account account = new Account(email, passwordHash, displayName, freeHandle, clock.instant());
            account.markEmailVerified();
            return accounts.saveNow(account);
        });
    }

    private String embedSnippet() {
        return "<script src=\"" + properties.link("/embed.js") + "\" async></script>\n"
                + "<span class=\"userbadges\" data-service=\"" + DEMO_SERVICE + "\" data-user=\"daniel\"></span>";
    }

    private static String generatePassword() {
        return RandomTokens.urlSafe(18);
    }
}
