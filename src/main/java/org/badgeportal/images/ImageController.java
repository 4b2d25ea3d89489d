package org.badgeportal.images;

import java.time.Duration;
import org.badgeportal.system.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves stored images. An image never changes once stored (a new upload gets a new id), so it may be cached
 * for a year. SVG gets a policy that forbids scripts and every outside resource, even when opened directly.
 */
@Controller
class ImageController {

    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private final ImageService images;

    ImageController(ImageService images) {
        this.images = images;
    }

    @GetMapping("/images/{id}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        StoredImage image = images.find(id).orElseThrow(() -> new NotFoundException("Image"));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.getContentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .eTag(image.getSha256())
                .header("X-Content-Type-Options", "nosniff");
        if (CheckedImage.SVG.equals(image.getContentType())) {
            response.header("Content-Security-Policy", SVG_POLICY);
        }
        return response.body(image.getBytes());
    }
}
