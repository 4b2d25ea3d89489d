package org.badgeportal.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.badgeportal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Why a credential does not verify: each way of breaking a genuine one is named. */
@PortalTest
class CredentialVerifierTest {

    @Autowired
    CredentialFixtures fixtures;
    @Autowired
    CredentialVerifier verifier;

    JsonObject genuine;

    @BeforeEach
    void genuineCredential() {
        genuine = fixtures.credential("Checked", null);
    }

    @Test
    void theGenuineCredentialVerifies() {
        assertThat(verifier.verify(genuine.toString())).isEqualTo(new Verification(true, null));
    }

    @Test
    void eachKindOfDamageIsNamed() {
        assertThat(problem("{not json")).isEqualTo(Verification.Problem.NOT_JSON);
        assertThat(problem(with("@context", Json.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2)
                .add("https://example.org/other-context.json").build())))
                .isEqualTo(Verification.Problem.UNKNOWN_CONTEXT);
        assertThat(problem(Json.createObjectBuilder(genuine).remove("proof").build().toString()))
                .isEqualTo(Verification.Problem.NO_PROOF);
        assertThat(problem(with("proof", Json.createObjectBuilder(genuine.getJsonObject("proof"))
                .add("cryptosuite", "eddsa-jcs-2022").build()))).isEqualTo(Verification.Problem.WRONG_CRYPTOSUITE);
        assertThat(problem(with("issuer", Json.createObjectBuilder(genuine.getJsonObject("issuer"))
                .add("id", "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi").build())))
                .isEqualTo(Verification.Problem.NOT_ISSUERS_KEY);
        assertThat(problem(with("proof", Json.createObjectBuilder(genuine.getJsonObject("proof"))
                .add("proofValue", "not-multibase").build()))).isEqualTo(Verification.Problem.BAD_PROOF);
        assertThat(problem(Json.createObjectBuilder(genuine).add("favouriteColour", "blue").build().toString()))
                .isEqualTo(Verification.Problem.NOT_JSON_LD);
        assertThat(problem(with("validFrom", Json.createValue("2001-01-01T00:00:00Z"))))
                .isEqualTo(Verification.Problem.BAD_SIGNATURE);
    }

    private Verification.Problem problem(String json) {
        Verification verification = verifier.verify(json);
        assertThat(verification.valid()).isFalse();
        return verification.problem();
    }

    private String with(String name, jakarta.json.JsonValue value) {
        return Json.createObjectBuilder(genuine).add(name, value).build().toString();
    }
}
