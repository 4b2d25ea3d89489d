package org.badgeportal.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.IssuedAward;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerForm;
import org.badgeportal.issuers.IssuerService;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.badgeportal.system.SecretBox;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Issuers' signing keys: made with the issuer, kept sealed, rotated by owners only, old credentials unchanged. */
@PortalTest
class IssuerKeysTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    IssuerService issuers;
    @Autowired
    AwardService awards;
    @Autowired
    CredentialVerifier verifier;
    @Autowired
    SecretBox secretBox;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewIssuerHasAKeyWhosePrivateHalfIsStoredOnlySealed() {
        Account owner = data.account("keys");
        String slug = TestData.unique("keyed");
        Issuer issuer = issuers.create(new IssuerForm(slug, "Keyed " + slug, null, null, null,
                AcceptancePolicy.AUTOMATIC), owner.getId());

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select public_key_multibase, private_key_ciphertext, retired_at from issuer_key where issuer_id = ?",
                issuer.getId());

        assertThat(rows).hasSize(1);
        String publicKey = (String) rows.get(0).get("public_key_multibase");
        String stored = (String) rows.get(0).get("private_key_ciphertext");
        assertThat(publicKey).startsWith("z6Mk");
        assertThat(rows.get(0).get("retired_at")).isNull();
        assertThat(stored).startsWith("v1:");
        byte[] seed = Base64.getDecoder().decode(secretBox.open(stored));
        assertThat(seed).hasSize(32);
        assertThat(stored).doesNotContain(Base64.getEncoder().encodeToString(seed));
        byte[] message = {1, 2, 3};
        assertThat(Ed25519.verify(Ed25519.publicKey(new Multikey(publicKey).rawPublicKey()), message,
                Ed25519.sign(Ed25519.privateKey(seed), message))).isTrue();
    }

    @Test
    void rotationKeepsEarlierCredentialsByteIdenticalAndSignsNewAwardsWithTheNewKey() throws Exception {
        Account owner = data.account("rotate");
        Issuer issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        Badge badge = data.badge(issuer, "Rotation");
        IssuedAward before = awards.issue(AwardRequest.of(badge, TestData.unique("early") + "@example.org"));
        String earlier = credential(before);
        String oldDid = did(earlier);

        mvc.perform(post("/manage/" + issuer.getSlug() + "/settings/signing-key").with(csrf())
                        .with(user(data.principal(owner))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/manage/" + issuer.getSlug() + "/settings"))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("New signing key did:key:z6Mk")));

        assertThat(credential(before)).isEqualTo(earlier);
        assertThat(verifier.verify(earlier).valid()).isTrue();
        IssuedAward after = awards.issue(AwardRequest.of(badge, TestData.unique("late") + "@example.org"));
        String later = credential(after);
        assertThat(did(later)).isNotEqualTo(oldDid);
        assertThat(verifier.verify(later).valid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from issuer_key where issuer_id = ? and retired_at is not null",
                Integer.class, issuer.getId())).isEqualTo(1);

        String page = mvc.perform(get("/manage/" + issuer.getSlug() + "/settings").with(user(data.principal(owner))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).getElementById("signing-key-did").text()).isEqualTo(did(later));
    }

    @Test
    void staffCannotRotateTheKey() throws Exception {
        Account owner = data.account("owner");
        Account staff = data.account("staff");
        Issuer issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        data.addMember(issuer, staff, MembershipRole.STAFF);

        mvc.perform(post("/manage/" + issuer.getSlug() + "/settings/signing-key").with(csrf())
                        .with(user(data.principal(staff))))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select count(*) from issuer_key where issuer_id = ? and retired_at is not null",
                Integer.class, issuer.getId())).isZero();
    }

    private String credential(IssuedAward award) throws Exception {
        return mvc.perform(get("/awards/" + award.publicId() + "/credential.json"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String did(String credential) {
        return jakarta.json.Json.createReader(new java.io.StringReader(credential)).readObject()
                .getJsonObject("issuer").getString("id");
    }
}
