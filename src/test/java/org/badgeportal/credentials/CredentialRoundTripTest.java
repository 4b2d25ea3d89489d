package org.badgeportal.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.IssuedAward;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.HttpApi;
import org.badgeportal.support.PortalHttpTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A credential fetched over real HTTP verifies, with the portal's verifier and with an independent one, and stops
 * verifying when one character of a value or of the proof changes.
 */
@PortalHttpTest
class CredentialRoundTripTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    AwardService awards;
    @Autowired
    CredentialVerifier verifier;

    HttpApi http;
    Account owner;
    Issuer issuer;
    Badge badge;

    @BeforeEach
    void issuerWithBadge() {
        http = new HttpApi(port);
        owner = data.account("ob3");
        issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        badge = data.badge(issuer, "Teamwork");
    }

    @Test
    void anAcceptedAwardsCredentialVerifiesAndATamperedCopyDoesNot() {
        String email = TestData.unique("earner") + "@example.org";
        IssuedAward award = awards.issue(AwardRequest.of(badge, email));
        assertThat(award.status()).isEqualTo(AwardStatus.ACCEPTED);

        HttpApi.Response response = http.get("/awards/" + award.publicId() + "/credential.json").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/ld+json");
        String credential = response.text();
        assertThat(verifier.verify(credential).valid()).isTrue();
        assertThat(IndependentVerifier.verify(credential)).isTrue();
        assertThat(credential).doesNotContain(email);

        String renamed = credential.replace("\"name\":\"" + badge.getName() + "\"",
                "\"name\":\"" + badge.getName().replaceFirst("T", "t") + "\"");
        assertThat(renamed).isNotEqualTo(credential);
        assertThat(verifier.verify(renamed).problem()).isEqualTo(Verification.Problem.BAD_SIGNATURE);
        assertThat(IndependentVerifier.verify(renamed)).isFalse();

        String proofValue = response.json().get("proof").get("proofValue").asString();
        String forged = credential.replace(proofValue, proofValue.substring(0, 10)
                + (proofValue.charAt(10) == 'a' ? 'b' : 'a') + proofValue.substring(11));
        assertThat(verifier.verify(forged).valid()).isFalse();
        assertThat(IndependentVerifier.verify(forged)).isFalse();
    }

    @Test
    void theCredentialIsTheOpenBadgesDocumentIssueSixListsAndTheSameEveryTime() {
        IssuedAward award = awards.issue(AwardRequest.of(badge, TestData.unique("earner") + "@example.org"));
        String path = "/awards/" + award.publicId() + "/credential.json";

        HttpApi.Response first = http.get(path).send();
        HttpApi.Response second = http.get(path).send();

        assertThat(second.text()).isEqualTo(first.text());
        JsonNode json = first.json();
        assertThat(json.get("@context").toString()).isEqualTo("[\"https://www.w3.org/ns/credentials/v2\","
                + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"]");
        assertThat(json.get("type").toString()).isEqualTo("[\"VerifiableCredential\",\"OpenBadgeCredential\"]");
        assertThat(json.get("id").asString()).endsWith(path).startsWith("http");
        String did = json.get("issuer").get("id").asString();
        assertThat(did).startsWith("did:key:z6Mk");
        assertThat(json.get("issuer").get("name").asString()).isEqualTo(issuer.getName());
        JsonNode subject = json.get("credentialSubject");
        assertThat(subject.get("identifier").get(0).get("identityHash").asString()).startsWith("sha256$");
        assertThat(subject.get("identifier").get(0).get("identityType").asString()).isEqualTo("emailAddress");
        assertThat(subject.get("achievement").get("name").asString()).isEqualTo(badge.getName());
        assertThat(subject.get("achievement").get("id").asString())
                .endsWith("/issuers/" + issuer.getSlug() + "/badges/" + badge.getSlug());
        JsonNode proof = json.get("proof");
        assertThat(proof.get("type").asString()).isEqualTo("DataIntegrityProof");
        assertThat(proof.get("cryptosuite").asString()).isEqualTo("eddsa-rdfc-2022");
        assertThat(proof.get("proofPurpose").asString()).isEqualTo("assertionMethod");
        assertThat(proof.get("verificationMethod").asString()).isEqualTo(did + "#" + did.substring(8));
        assertThat(proof.get("created").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(proof.get("proofValue").asString()).startsWith("z");
    }

    @Test
    void revokedAwardsAnswer410WithTheReasonAndPendingOnesAreNotFound() {
        IssuedAward revoked = awards.issue(AwardRequest.of(badge, TestData.unique("earner") + "@example.org"));
        awards.revoke(revoked.publicId(), "Issued by mistake", owner.getId());

        HttpApi.Response gone = http.get("/awards/" + revoked.publicId() + "/credential.json").send();

        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.json().get("revoked").asBoolean()).isTrue();
        assertThat(gone.json().get("revocationReason").asString()).isEqualTo("Issued by mistake");

        Issuer approving = data.issuer(owner, AcceptancePolicy.REQUIRED);
        IssuedAward pending = awards.issue(AwardRequest.of(data.badge(approving, "Pending"),
                TestData.unique("earner") + "@example.org"));
        assertThat(pending.status()).isEqualTo(AwardStatus.PENDING);
        assertThat(http.get("/awards/" + pending.publicId() + "/credential.json").send().status()).isEqualTo(404);
        assertThat(http.get("/awards/no-such-award/credential.json").send().status()).isEqualTo(404);
    }
}
