package org.badgeportal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import jakarta.persistence.EntityManager;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.apikeys.ApiKey;
import org.badgeportal.apikeys.store.ApiKeyRepository;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.issuers.store.IssuerRepository;
import org.badgeportal.issuers.store.MembershipRepository;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.badgeportal.system.Digests;
import org.badgeportal.system.PortalProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only test that creates the demo issuers {@code demo} and {@code northwind-academy} in the shared context.
 */
@PortalTest
class DemoDataTest {

    @Autowired
    DemoData demoData;

    @Autowired
    IssuerRepository issuers;

    @Autowired
    AccountRepository accounts;

    @Autowired
    MembershipRepository memberships;

    @Autowired
    ApiKeyRepository apiKeys;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PortalProperties properties;

    @Autowired
    MockMvc mvc;

    @Test
    void createsTheDemoServiceNorthwindAndTheirPeopleOnce() throws Exception {
        String apiKey = TestData.unique("ub_demo_key_abcdefgh");

        Optional<DemoSignIns> signIns = demoData.create("demo-password-for-tests", apiKey);

        assertThat(signIns).get().satisfies(s -> {
            assertThat(s.emails()).containsExactly("staff@demo.example", "earner@demo.example");
            assertThat(s.passwordGenerated()).isFalse();
            assertThat(s.embedSnippet()).contains(properties.link("/embed.js"))
                    .contains("<span class=\"userbadges\" data-service=\"demo\" data-user=\"daniel\"></span>");
        });
        assertIssuers();
        assertDemoServiceBadgesAndAwardCounts();
        assertNorthwindBadgesAndAwards();
        assertAccountsOwnBothIssuers();
        assertApiKey(apiKey);
        assertGeneratedImages();
        assertPublicPagesShowTheDemo();

        long awards = count("select count(a) from Award a");
        assertThat(demoData.create()).isEmpty();
        assertThat(demoData.create(null, null)).isEmpty();
        assertThat(count("select count(a) from Award a")).isEqualTo(awards);
        assertThat(count("select count(i) from Issuer i where i.slug in ('demo', 'northwind-academy')")).isEqualTo(2);
    }

    private void assertIssuers() {
        Issuer demo = issuers.findBySlug("demo").orElseThrow();
        assertThat(demo.getName()).isEqualTo("Demo site");
        assertThat(demo.getAcceptancePolicy()).isEqualTo(AcceptancePolicy.AUTOMATIC);
        assertThat(demo.isVerified()).isTrue();
        Issuer northwind = issuers.findBySlug("northwind-academy").orElseThrow();
        assertThat(northwind.getName()).isEqualTo("Northwind Academy");
        assertThat(northwind.getAcceptancePolicy()).isEqualTo(AcceptancePolicy.REQUIRED);
        assertThat(northwind.isVerified()).isTrue();
        assertThat(northwind.getUrl()).isEqualTo("https://northwind.example");
    }

    private void assertDemoServiceBadgesAndAwardCounts() {
        transactions.executeWithoutResult(tx -> {
            List<Badge> badges = entityManager.createQuery(
                    "select b from Badge b where b.issuer.slug = 'demo' order by b.slug", Badge.class).getResultList();
            assertThat(badges).extracting(Badge::getSlug, Badge::getEarnerDescription, Badge::getConsumerDescription,
                            Badge::getStrapline, Badge::getType, Badge::isListed)
                    .containsExactly(
                            tuple("commenter", "Posted at least 25 comments", "Posted at least 25 comments",
                                    "Posted at least 25 comments", "site", true),
                            tuple("donated", "Donated at least $5", "Donated at least $5", "Donated at least $5",
                                    "site", true),
                            tuple("popular", "Post has at least 100 views", "Post has at least 100 views",
                                    "Post has at least 100 views", "site", true),
                            tuple("test", "Another test badge", "Another test badge", "Another test badge",
                                    "site", true));
            assertThat(badges.get(1).getCustomFields()).containsExactly(java.util.Map.entry("type", "\"gold\""));
            assertThat(badges.get(3).getCustomFields()).containsExactly(java.util.Map.entry("type", "\"silver\""));
            assertThat(badges.get(0).getCustomFields()).isEmpty();
        });
        List<Object[]> counts = entityManager.createQuery("""
                select r.identifier, b.slug, count(a) from Award a join a.recipient r join a.badge b
                where b.issuer.slug = 'demo' and a.status = org.badgeportal.awards.AwardStatus.ACCEPTED
                group by r.identifier, b.slug order by r.identifier, b.slug""", Object[].class).getResultList();
        assertThat(counts).extracting(row -> tuple(row[0], row[1], row[2])).containsExactly(
                tuple("bob", "donated", 2L), tuple("bob", "test", 1L),
                tuple("daniel", "commenter", 1L), tuple("daniel", "donated", 2L), tuple("daniel", "popular", 1L));
        assertThat(count("select count(a) from Award a where a.badge.issuer.slug = 'demo'")).isEqualTo(7);
        assertThat(count("select count(r) from Recipient r where r.issuer.slug = 'demo'")).isEqualTo(2);
    }

    private void assertNorthwindBadgesAndAwards() {
        transactions.executeWithoutResult(tx -> {
            List<Badge> badges = entityManager.createQuery(
                    "select b from Badge b where b.issuer.slug = 'northwind-academy' order by b.slug", Badge.class)
                    .getResultList();
            assertThat(badges).extracting(Badge::getSlug).containsExactly("code-review", "java-fundamentals", "mentor");
            assertThat(badges).allSatisfy(badge -> {
                assertThat(badge.isListed()).isTrue();
                assertThat(badge.getCriteria()).isNotEmpty();
                assertThat(badge.getCriteria()).anySatisfy(c -> assertThat(c.getNote()).isNotBlank());
                assertThat(badge.getTimeValue()).isPositive();
                assertThat(badge.getTimeUnits()).isNotNull();
                assertThat(badge.getValidityDays()).isPositive();
                assertThat(badge.getProgram().getName()).isEqualTo("Software engineering");
            });
        });
        List<Object[]> awards = entityManager.createQuery("""
                select b.slug, a.status, r.account.email from Award a join a.recipient r join a.badge b
                where b.issuer.slug = 'northwind-academy' and r.identifier = 'earner@demo.example'
                order by b.slug""", Object[].class).getResultList();
        assertThat(awards).extracting(row -> tuple(row[0], row[1].toString(), row[2])).containsExactly(
                tuple("code-review", "PENDING", "earner@demo.example"),
                tuple("java-fundamentals", "ACCEPTED", "earner@demo.example"));
    }

    private void assertAccountsOwnBothIssuers() {
        Account staff = accounts.findByEmail("staff@demo.example").orElseThrow();
        Account earner = accounts.findByEmail("earner@demo.example").orElseThrow();
        assertThat(staff.getDisplayName()).isEqualTo("Sam Staff");
        assertThat(staff.getHandle()).isEqualTo("sam");
        assertThat(earner.getDisplayName()).isEqualTo("Erin Earner");
        assertThat(earner.getHandle()).isEqualTo("erin");
        assertThat(staff.isEmailVerified()).isTrue();
        assertThat(earner.isEmailVerified()).isTrue();
        assertThat(passwordEncoder.matches("demo-password-for-tests", staff.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches("demo-password-for-tests", earner.getPasswordHash())).isTrue();
        for (String slug : List.of("demo", "northwind-academy")) {
            assertThat(memberships.findByIssuerSlugAndAccountEmail(slug, "staff@demo.example"))
                    .get().extracting(m -> m.getRole()).isEqualTo(MembershipRole.OWNER);
            assertThat(memberships.findByIssuerSlugAndAccountEmail(slug, "earner@demo.example")).isEmpty();
        }
    }

    private void assertApiKey(String key) {
        String hash = Digests.sha256Hex(key);
        assertThat(hash).matches("[0-9a-f]{64}");
        ApiKey apiKey = apiKeys.findByKeyHash(hash).orElseThrow();
        assertThat(apiKey.getName()).isEqualTo("Demo key");
        assertThat(key).startsWith(apiKey.getPrefix());
        assertThat(count("select count(k) from ApiKey k where k.keyHash = '" + hash
                + "' and k.issuer.slug = 'demo'")).isEqualTo(1);
    }

    private void assertGeneratedImages() {
        transactions.executeWithoutResult(tx -> {
            List<Badge> badges = entityManager.createQuery("select b from Badge b join fetch b.image "
                    + "where b.issuer.slug in ('demo', 'northwind-academy')", Badge.class).getResultList();
            assertThat(badges).hasSize(7).allSatisfy(badge -> {
                assertThat(badge.getImage().getContentType()).isEqualTo("image/png");
                assertThat(badge.getImage().getSha256()).isEqualTo(Digests.sha256Hex(badge.getImage().getBytes()));
                BufferedImage png = ImageIO.read(new ByteArrayInputStream(badge.getImage().getBytes()));
                assertThat(png.getWidth()).isEqualTo(128);
                assertThat(png.getHeight()).isEqualTo(128);
                assertThat(badge.getImageSrc()).isEqualTo("/images/" + badge.getImage().getId());
            });
        });
    }

    private void assertPublicPagesShowTheDemo() throws Exception {
        String catalogue = mvc.perform(get("/").param("issuer", "demo")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(catalogue).contains("Posted at least 25 comments").contains("Donated at least $5")
                .contains("href=\"/issuers/demo/badges/donated\"").contains("4 badges");
        String badge = mvc.perform(get("/issuers/northwind-academy/badges/java-fundamentals"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(badge).contains("Java Fundamentals").contains("Software engineering").contains("20 hours")
                .doesNotContain("Check that the tests were not changed");
    }

    private long count(String jpql) {
        return entityManager.createQuery(jpql, Long.class).getSingleResult();
    }
}
