package org.badgeportal.openbadges;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Bakes a PNG as the Open Badges 2.0 baking specification describes: an {@code iTXt} chunk keyed
 * {@code openbadges}, uncompressed, whose text is the assertion, inserted right before {@code IEND}. Every other
 * chunk is copied byte for byte; an {@code openbadges} text chunk already in the source (an uploaded baked
 * badge) is left out, so that the image carries exactly one assertion.
 */
final class PngBaker {

    static final String KEYWORD = "openbadges";
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngBaker() {
    }

    /** Throws {@link IllegalArgumentException} when the bytes are not a well-formed PNG chunk sequence. */
    static byte[] bake(byte[] png, String assertionJson) {
        ByteBuffer in = ByteBuffer.wrap(png);
        requireSignature(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + assertionJson.length() + 64);
        out.writeBytes(SIGNATURE);
        while (in.remaining() >= 12) {
            int start = in.position();
            int length = in.getInt();
            if (length < 0 || length > in.remaining() - 8) {
                throw new IllegalArgumentException("PNG chunk runs past the end");
            }
            String type = new String(png, start + 4, 4, StandardCharsets.ISO_8859_1);
            int end = start + 12 + length;
            if (type.equals("IEND")) {
                out.writeBytes(chunk("iTXt", itxtData(assertionJson)));
                out.write(png, start, end - start);
                return out.toByteArray();
            }
            if (!isOpenBadgesText(type, png, start + 8, length)) {
                out.write(png, start, end - start);
            }
            in.position(end);
        }
        throw new IllegalArgumentException("PNG without IEND");
    }

    private static void requireSignature(ByteBuffer in) {
        byte[] png = in.array();
        if (png.length < SIGNATURE.length || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new IllegalArgumentException("not a PNG");
        }
        in.position(SIGNATURE.length);
    }

    private static boolean isOpenBadgesText(String type, byte[] png, int dataStart, int length) {
        if (!type.equals("iTXt") && !type.equals("tEXt") && !type.equals("zTXt")) {
            return false;
        }
        byte[] keyword = (KEYWORD + "\0").getBytes(StandardCharsets.ISO_8859_1);
        return length >= keyword.length && Arrays.equals(png, dataStart, dataStart + keyword.length,
                keyword, 0, keyword.length);
    }

    /** Keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translated keyword, NUL, text. */
    private static byte[] itxtData(String text) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(new byte[] {0, 0, 0, 0, 0});
        data.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return data.toByteArray();
    }

    /** Length, type, data and the CRC-32 of type and data. */
    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }
}
