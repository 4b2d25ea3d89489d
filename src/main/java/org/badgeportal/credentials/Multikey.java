package org.badgeportal.credentials;

import com.apicatalog.multibase.Multibase;
import com.apicatalog.multicodec.codec.KeyCodec;

/**
 * An Ed25519 public key written as a Multikey: multibase base58btc ({@code z}) of the multicodec
 * {@code ed25519-pub} prefix (0xed 0x01) and the 32 raw bytes, so {@code z6Mk…}; its {@code did:key} and the
 * verification method id {@code did:key:z6Mk…#z6Mk…}.
 */
public record Multikey(String publicKeyMultibase) {

    private static final String DID_KEY = "did:key:";

    public Multikey {
        if (publicKeyMultibase == null || !publicKeyMultibase.startsWith("z6Mk")) {
            throw new IllegalArgumentException("not an Ed25519 multikey");
        }
    }

    public static Multikey of(byte[] rawPublicKey) {
        if (rawPublicKey.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
        }
        return new Multikey(Multibase.BASE_58_BTC.encode(KeyCodec.ED25519_PUBLIC_KEY.encode(rawPublicKey)));
    }

    /** The key a verification method ({@code did:key:z…#z…}) names; fails for anything else. */
    public static Multikey fromVerificationMethod(String verificationMethod) {
        if (verificationMethod == null || !verificationMethod.startsWith(DID_KEY)) {
            throw new IllegalArgumentException("not a did:key verification method");
        }
        String[] parts = verificationMethod.substring(DID_KEY.length()).split("#", -1);
        if (parts.length != 2 || !parts[0].equals(parts[1])) {
            throw new IllegalArgumentException("not a did:key verification method");
        }
        return new Multikey(parts[0]);
    }

    public byte[] rawPublicKey() {
        byte[] decoded = KeyCodec.ED25519_PUBLIC_KEY.decode(Multibase.BASE_58_BTC.decode(publicKeyMultibase));
        if (decoded.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
        }
        return decoded;
    }

    public String did() {
        return DID_KEY + publicKeyMultibase;
    }

    public String verificationMethod() {
        return did() + "#" + publicKeyMultibase;
    }

    /** Multibase base58btc with its {@code z} prefix, as proof values are written. */
    public static String base58btc(byte[] bytes) {
        return Multibase.BASE_58_BTC.encode(bytes);
    }

    public static byte[] fromBase58btc(String multibase) {
        if (multibase == null || !Multibase.BASE_58_BTC.isEncoded(multibase)) {
            throw new IllegalArgumentException("not multibase base58btc");
        }
        return Multibase.BASE_58_BTC.decode(multibase);
    }
}
