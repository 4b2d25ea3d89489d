package org.badgeportal.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.badgeportal.system.Digests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Only terms the two contexts define: the credential expands in JSON-LD strict mode (an undefined term fails
 * instead of being dropped) and every property of the expansion is an absolute IRI.
 */
@PortalTest
class CredentialVocabularyTest {

    @Autowired
    CredentialFixtures fixtures;

    @Test
    void everyPropertyOfAnExpiringAwardsCredentialIsDefinedByTheContexts() throws JsonLdError {
        JsonObject credential = credentialOfAnExpiringAward();
        assertThat(credential.containsKey("validUntil")).isTrue();

        JsonArray expanded = expand(credential);

        assertThat(expanded).hasSize(1);
        assertEveryPropertyIsAnIri(expanded);
        assertThat(expanded.toString()).contains("https://www.w3.org/2018/credentials#validUntil",
                "https://purl.imsglobal.org/spec/vc/ob/vocab.html#identityHash",
                "https://purl.imsglobal.org/spec/vc/ob/vocab.html#achievement",
                "https://w3id.org/security#proofValue");
    }

    @Test
    void aSiteUsersCredentialNamesAUserNameHashedAndExpandsStrictly() throws JsonLdError {
        String userName = TestData.unique("daniel");
        JsonObject credential = fixtures.credential("Site user", userName, null);

        JsonObject identity = credential.getJsonObject("credentialSubject").getJsonArray("identifier").getJsonObject(0);
        assertThat(identity.getString("identityType")).isEqualTo("userName");
        assertThat(identity.getBoolean("hashed")).isTrue();
        assertThat(identity.getString("identityHash")).isEqualTo("sha256$"
                + Digests.sha256Hex(userName + identity.getString("salt")));
        assertThat(credential.toString()).doesNotContain(userName);
        assertEveryPropertyIsAnIri(expand(credential));
    }

    @Test
    void aPropertyNoContextDefinesFailsTheExpansion() {
        JsonObject credential = credentialOfAnExpiringAward();
        JsonObject atTop = Json.createObjectBuilder(credential).add("favouriteColour", "blue").build();
        JsonObject subject = Json.createObjectBuilder(credential.getJsonObject("credentialSubject"))
                .add("nickname", "Ace").build();
        JsonObject inSubject = Json.createObjectBuilder(credential).add("credentialSubject", subject).build();

        assertThatThrownBy(() -> expand(atTop)).isInstanceOf(JsonLdError.class);
        assertThatThrownBy(() -> expand(inSubject)).isInstanceOf(JsonLdError.class);
    }

    private JsonObject credentialOfAnExpiringAward() {
        return fixtures.credential("Vocabulary", Instant.parse("2099-01-01T00:00:00Z"));
    }

    private static JsonArray expand(JsonObject credential) throws JsonLdError {
        JsonLdOptions options = new JsonLdOptions(new BundledContexts());
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        return JsonLd.expand(JsonDocument.of(credential)).options(options).get();
    }

    private static void assertEveryPropertyIsAnIri(JsonValue value) {
        if (value instanceof JsonArray array) {
            array.forEach(CredentialVocabularyTest::assertEveryPropertyIsAnIri);
        } else if (value instanceof JsonObject object) {
            object.forEach((key, child) -> {
                assertThat(key).matches("@[a-z]+|https?://.+|did:.+");
                assertEveryPropertyIsAnIri(child);
            });
        }
    }
}
