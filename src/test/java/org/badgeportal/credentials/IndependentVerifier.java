package org.badgeportal.credentials;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

/**
 * A second, minimal eddsa-rdfc-2022 verifier written straight from the W3C Data Integrity EdDSA specification,
 * sharing no code with the portal's signing path (own context loader, base58btc, did:key decoding, hashing and
 * JDK Ed25519 verification; only the JSON-LD and RDFC-1.0 libraries are common). Offline: two contexts, no network.
 */
final class IndependentVerifier {

    private static final Map<String, String> CONTEXTS = Map.of(
            "https://www.w3.org/ns/credentials/v2", "credentials/contexts/credentials-v2.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "credentials/contexts/ob-context-3.0.3.json");
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    static boolean verify(String json) {
        try {
            JsonObject credential = Json.createReader(new StringReader(json)).readObject();
            JsonObject proof = credential.getJsonObject("proof");
            if (!"eddsa-rdfc-2022".equals(proof.getString("cryptosuite"))) {
                return false;
            }
            JsonObject document = Json.createObjectBuilder(credential).remove("proof").build();
            JsonObject config = Json.createObjectBuilder(proof).remove("proofValue")
                    .add("@context", credential.get("@context")).build();
            byte[] data = concat(sha256(canonical(config)), sha256(canonical(document)));
            String method = proof.getString("verificationMethod");
            String did = method.substring(0, method.indexOf('#'));
            if (!did.equals(credential.getJsonObject("issuer").getString("id"))) {
                return false;
            }
            byte[] multicodec = base58(did.substring("did:key:z".length()));
            if ((multicodec[0] & 0xff) != 0xed || multicodec[1] != 0x01 || multicodec.length != 34) {
                return false;
            }
            byte[] spki = concat(HexFormat.of().parseHex("302a300506032b6570032100"),
                    Arrays.copyOfRange(multicodec, 2, 34));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki)));
            verifier.update(data);
            return verifier.verify(base58(proof.getString("proofValue").substring(1)));
        } catch (Exception e) {
            return false;
        }
    }

    private static String canonical(JsonObject document) throws Exception {
        JsonLdOptions options = new JsonLdOptions((url, loaderOptions) -> {
            String resource = CONTEXTS.get(url.toString());
            if (resource == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: " + url);
            }
            try (InputStream in = IndependentVerifier.class.getClassLoader().getResourceAsStream(resource)) {
                return JsonDocument.of(in);
            } catch (java.io.IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e);
            }
        });
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        RdfCanon canon = RdfCanon.create("SHA-256");
        JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
        StringWriter out = new StringWriter();
        canon.provide(new NQuadsWriter(out));
        return out.toString();
    }

    private static byte[] base58(String text) {
        BigInteger value = BigInteger.ZERO;
        for (char c : text.toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            if (digit < 0) {
                throw new IllegalArgumentException("not base58");
            }
            value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(digit));
        }
        byte[] bytes = value.toByteArray();
        int sign = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        return concat(new byte[zeros], Arrays.copyOfRange(bytes, sign, bytes.length));
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
