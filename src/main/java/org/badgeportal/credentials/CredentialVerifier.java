package org.badgeportal.credentials;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.springframework.stereotype.Service;

/**
 * Checks an {@code OpenBadgeCredential} secured with one {@code eddsa-rdfc-2022} proof by a {@code did:key}: only
 * the bundled contexts, the proof made by the issuer's own key, and the signature over the document as it is now.
 */
@Service
public class CredentialVerifier {

    private final EddsaRdfc2022 suite;

    CredentialVerifier(EddsaRdfc2022 suite) {
        this.suite = suite;
    }

    public Verification verify(String json) {
        JsonObject credential;
        try {
            credential = Json.createReader(new StringReader(json)).readObject();
        } catch (JsonException | IllegalStateException e) {
            return Verification.failed(Verification.Problem.NOT_JSON);
        }
        Verification.Problem problem = checkShape(credential);
        if (problem != null) {
            return Verification.failed(problem);
        }
        JsonObject proof = credential.getJsonObject("proof");
        JsonObject unsecured = Json.createObjectBuilder(credential).remove("proof").build();
        JsonObject options = Json.createObjectBuilder(proof).remove("proofValue").build();
        try {
            byte[] signature = Multikey.fromBase58btc(proof.getString("proofValue"));
            Multikey key = Multikey.fromVerificationMethod(proof.getString("verificationMethod"));
            return suite.verify(unsecured, options, signature, Ed25519.publicKey(key.rawPublicKey()))
                    ? Verification.ok() : Verification.failed(Verification.Problem.BAD_SIGNATURE);
        } catch (CredentialException e) {
            return Verification.failed(Verification.Problem.NOT_JSON_LD);
        } catch (IllegalArgumentException e) {
            return Verification.failed(Verification.Problem.BAD_PROOF);
        }
    }

    private static Verification.Problem checkShape(JsonObject credential) {
        JsonValue context = credential.get("@context");
        if (context == null || context.getValueType() != JsonValue.ValueType.ARRAY
                || !context.asJsonArray().stream().allMatch(CredentialVerifier::isKnownContext)) {
            return Verification.Problem.UNKNOWN_CONTEXT;
        }
        JsonValue proofValue = credential.get("proof");
        if (proofValue == null || proofValue.getValueType() != JsonValue.ValueType.OBJECT) {
            return Verification.Problem.NO_PROOF;
        }
        JsonObject proof = proofValue.asJsonObject();
        if (!EddsaRdfc2022.PROOF_TYPE.equals(text(proof, "type"))
                || !EddsaRdfc2022.CRYPTOSUITE.equals(text(proof, "cryptosuite"))) {
            return Verification.Problem.WRONG_CRYPTOSUITE;
        }
        if (!EddsaRdfc2022.PROOF_PURPOSE.equals(text(proof, "proofPurpose"))
                || text(proof, "proofValue") == null || text(proof, "verificationMethod") == null) {
            return Verification.Problem.BAD_PROOF;
        }
        JsonValue issuer = credential.get("issuer");
        String issuerId = issuer instanceof JsonObject object ? text(object, "id") : null;
        if (issuerId == null || !text(proof, "verificationMethod").startsWith(issuerId + "#")) {
            return Verification.Problem.NOT_ISSUERS_KEY;
        }
        return null;
    }

    private static boolean isKnownContext(JsonValue value) {
        return value instanceof JsonString url && BundledContexts.isKnown(url.getString());
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }
}
