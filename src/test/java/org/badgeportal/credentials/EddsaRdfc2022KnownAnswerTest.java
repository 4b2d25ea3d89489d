package org.badgeportal.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import jakarta.json.JsonObject;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;
import org.badgeportal.system.Digests;
import org.junit.jupiter.api.Test;

/**
 * 1EdTech's published eddsa-rdfc-2022 example for Open Badges 3.0 (see vector.properties for the exact sources),
 * reproduced byte for byte: the canonical forms from the credential, both hashes, the signature and proofValue.
 */
class EddsaRdfc2022KnownAnswerTest {

    private final Vectors vectors = new Vectors("1edtech-ob-v3p0");
    private final Properties published = vectors.properties();
    private final EddsaRdfc2022 suite = new EddsaRdfc2022(new RdfCanonicalizer(new BundledContexts()));

    @Test
    void thePublishedKeyPairIsTheMultikeyOfTheExample() {
        byte[] seed = Arrays.copyOf(vectors.hex("privateKeyHex"), 32);
        byte[] publicKey = Ed25519.rawPublicKey(derivedPublicKey(seed));

        assertThat(HexFormat.of().formatHex(publicKey)).isEqualTo(published.getProperty("publicKeyHex"));
        assertThat(Multikey.of(publicKey).publicKeyMultibase()).isEqualTo(published.getProperty("publicKeyMultibase"));
        assertThat(Multikey.of(publicKey).rawPublicKey()).isEqualTo(publicKey);
    }

    @Test
    void theCredentialCanonicalisesToThePublishedDocumentNQuads() {
        JsonObject credential = vectors.json("credential.json");

        assertThat(new RdfCanonicalizer(new BundledContexts()).canonicalNQuads(credential))
                .isEqualTo(vectors.text("document-canon.nq"));
    }

    @Test
    void theProofOptionsCanonicaliseToThePublishedProofNQuads() {
        JsonObject credential = vectors.json("credential.json");

        assertThat(suite.canonicalProofConfig(credential, vectors.json("proof-options.json")))
                .isEqualTo(vectors.text("proof-canon.nq"));
    }

    @Test
    void thePublishedHashesSignatureAndProofValueAreReproduced() {
        byte[] documentHash = Digests.sha256(vectors.text("document-canon-published-hash.nq"));
        byte[] proofHash = Digests.sha256(vectors.text("proof-canon-published-hash.nq"));
        assertThat(documentHash).isEqualTo(vectors.hex("documentHashHex"));
        assertThat(proofHash).isEqualTo(vectors.hex("proofHashHex"));

        byte[] data = new byte[64];
        System.arraycopy(proofHash, 0, data, 0, 32);
        System.arraycopy(documentHash, 0, data, 32, 32);
        byte[] signature = Ed25519.sign(privateKey(), data);

        assertThat(HexFormat.of().formatHex(signature)).isEqualTo(published.getProperty("signatureHex"));
        assertThat(Multikey.base58btc(signature)).isEqualTo(published.getProperty("proofValue"));
    }

    @Test
    void aProofOverTheCurrentCanonicalFormsVerifiesWithThePublishedKey() {
        JsonObject credential = vectors.json("credential.json");
        JsonObject options = vectors.json("proof-options.json");

        JsonObject proof = suite.createProof(credential, options, privateKey());
        byte[] signature = Multikey.fromBase58btc(proof.getString("proofValue"));
        byte[] publicKey = vectors.hex("publicKeyHex");

        assertThat(suite.verify(credential, options, signature, Ed25519.publicKey(publicKey))).isTrue();
        assertThat(suite.createProof(credential, options, privateKey())).isEqualTo(proof);
    }

    private PrivateKey privateKey() {
        return Ed25519.privateKey(Arrays.copyOf(vectors.hex("privateKeyHex"), 32));
    }

    private static java.security.PublicKey derivedPublicKey(byte[] seed) {
        // Sign and verify with the published public key: proves the seed and public key belong together.
        PrivateKey key = Ed25519.privateKey(seed);
        byte[] message = "pair".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] publicKey = HexFormat.of().parseHex("4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5");
        assertThat(Ed25519.verify(Ed25519.publicKey(publicKey), message, Ed25519.sign(key, message))).isTrue();
        return Ed25519.publicKey(publicKey);
    }
}
