package org.badgeportal.credentials;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.badgeportal.system.Digests;

/**
 * The {@code eddsa-rdfc-2022} cryptosuite of W3C "Data Integrity EdDSA Cryptosuites v1.0": the document without
 * its proof and the proof options (with the document's {@code @context}) are each canonicalised (RDFC-1.0) and
 * hashed with SHA-256; Ed25519 signs proofConfigHash followed by documentHash; {@code proofValue} is multibase
 * base58btc of the signature.
 */
public final class EddsaRdfc2022 {

    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    public static final String PROOF_TYPE = "DataIntegrityProof";
    public static final String PROOF_PURPOSE = "assertionMethod";

    private final RdfCanonicalizer canonicalizer;

    public EddsaRdfc2022(RdfCanonicalizer canonicalizer) {
        this.canonicalizer = canonicalizer;
    }

    /** Proof options in the order they are published: type, created, verificationMethod, cryptosuite, purpose. */
    public static JsonObject proofOptions(String created, String verificationMethod) {
        return Json.createObjectBuilder()
                .add("type", PROOF_TYPE)
                .add("created", created)
                .add("verificationMethod", verificationMethod)
                .add("cryptosuite", CRYPTOSUITE)
                .add("proofPurpose", PROOF_PURPOSE)
                .build();
    }

    /** The proof (options plus {@code proofValue}) for a document that has none. */
    public JsonObject createProof(JsonObject unsecured, JsonObject proofOptions, PrivateKey key) {
        byte[] signature = Ed25519.sign(key, hashData(unsecured, proofOptions));
        return Json.createObjectBuilder(proofOptions).add("proofValue", Multikey.base58btc(signature)).build();
    }

    public boolean verify(JsonObject unsecured, JsonObject proofOptions, byte[] signature, PublicKey key) {
        return Ed25519.verify(key, hashData(unsecured, proofOptions), signature);
    }

    public byte[] hashData(JsonObject unsecured, JsonObject proofOptions) {
        byte[] proofHash = Digests.sha256(canonicalProofConfig(unsecured, proofOptions));
        byte[] documentHash = Digests.sha256(canonicalizer.canonicalNQuads(unsecured));
        byte[] data = new byte[64];
        System.arraycopy(proofHash, 0, data, 0, 32);
        System.arraycopy(documentHash, 0, data, 32, 32);
        return data;
    }

    public String canonicalProofConfig(JsonObject unsecured, JsonObject proofOptions) {
        JsonObjectBuilder config = Json.createObjectBuilder(proofOptions).remove("proofValue");
        config.add("@context", unsecured.get("@context"));
        return canonicalizer.canonicalNQuads(config.build());
    }
}
