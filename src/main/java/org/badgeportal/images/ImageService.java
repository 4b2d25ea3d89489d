package org.badgeportal.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.badgeportal.images.store.StoredImageRepository;
import org.badgeportal.system.Digests;
import org.badgeportal.system.HttpUrls;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Images given in forms and APIs: an upload, a {@code data:image/...;base64,} URI (both checked by their bytes and
 * stored here), or an http(s) address that is kept as it is and never fetched.
 */
@Service
public class ImageService {

    public static final int MAX_URL_LENGTH = 2048;

    /** Base64 grows by 4/3; a little slack for line breaks some encoders add. */
    private static final int MAX_DATA_URI_PAYLOAD = ImageValidator.MAX_BYTES / 3 * 4 + 4096;

    private final ImageValidator validator;
    private final StoredImageRepository images;
    private final Clock clock;

    ImageService(ImageValidator validator, StoredImageRepository images, Clock clock) {
        this.validator = validator;
        this.images = images;
        this.clock = clock;
    }

    /**
     * Reads a form's image: an upload wins over the text field; the text field is either an http(s) address or a
     * data URI. Nothing is stored.
     */
    public ImageInput read(MultipartFile upload, String urlOrDataUri) throws ImageRejectedException {
        if (upload != null && !upload.isEmpty()) {
            if (upload.getSize() > ImageValidator.MAX_BYTES) {
                throw new ImageRejectedException("image.tooLarge", ImageValidator.MAX_BYTES / 1024);
            }
            try {
                return new ImageInput.Upload(validator.check(upload.getBytes()));
            } catch (IOException e) {
                throw new ImageRejectedException("image.unreadable");
            }
        }
        String text = urlOrDataUri == null ? "" : urlOrDataUri.strip();
        if (text.isEmpty()) {
            return new ImageInput.None();
        }
        if (text.regionMatches(true, 0, "data:", 0, 5)) {
            return new ImageInput.Upload(validator.check(decodeDataUri(text)));
        }
        return new ImageInput.Url(checkUrl(text));
    }

    /** Stores checked bytes; call inside the transaction that also saves what uses the image. */
    @Transactional
    public StoredImage store(CheckedImage image) {
        return images.save(new StoredImage(image.contentType(), image.bytes(), Digests.sha256Hex(image.bytes()),
                clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<StoredImage> find(long id) {
        return images.findById(id);
    }

    /**
     * True for an absolute http(s) address with a host ({@link HttpUrls}) of at most {@value #MAX_URL_LENGTH}
     * characters: the only kind of link users may give.
     */
    public static boolean isHttpUrl(String text) {
        return text != null && text.length() <= MAX_URL_LENGTH && HttpUrls.isHttpUrl(text);
    }

    private static String checkUrl(String text) throws ImageRejectedException {
        if (!isHttpUrl(text)) {
            throw new ImageRejectedException("image.url");
        }
        return text;
    }

    private static byte[] decodeDataUri(String uri) throws ImageRejectedException {
        int comma = uri.indexOf(',');
        String header = comma < 0 ? "" : uri.substring(5, comma).toLowerCase(Locale.ROOT);
        if (comma < 0 || !header.startsWith("image/") || !header.endsWith(";base64")) {
            throw new ImageRejectedException("image.dataUri");
        }
        String payload = uri.substring(comma + 1);
        if (payload.length() > MAX_DATA_URI_PAYLOAD) {
            throw new ImageRejectedException("image.tooLarge", ImageValidator.MAX_BYTES / 1024);
        }
        try {
            return Base64.getMimeDecoder().decode(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new ImageRejectedException("image.dataUri");
        }
    }
}
