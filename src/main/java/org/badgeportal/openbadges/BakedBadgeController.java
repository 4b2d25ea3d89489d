package org.badgeportal.openbadges;

import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Baked images of a public award, as downloads named after the badge ({@code commenter.png}). A revoked award
 * answers 410 and a non-public one 404, exactly like its assertion.
 */
@Controller
class BakedBadgeController {

    /**
     * A baked SVG opened directly may not run scripts or load anything; its picture may be a data: PNG. It replaces
     * the portal's policy for the downloads, so it refuses framing itself, like every page but the embed widget.
     */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'none'";

    private final Assertions assertions;
    private final Bakery bakery;
    private final LdJson json;

    BakedBadgeController(Assertions assertions, Bakery bakery, LdJson json) {
        this.assertions = assertions;
        this.bakery = bakery;
        this.json = json;
    }

    @GetMapping("/awards/{publicId}/badge.png")
    ResponseEntity<byte[]> png(@PathVariable String publicId) {
        return baked(publicId, "png", MediaType.IMAGE_PNG, bakery::png);
    }

    @GetMapping("/awards/{publicId}/badge.svg")
    ResponseEntity<byte[]> svg(@PathVariable String publicId) {
        return baked(publicId, "svg", MediaType.parseMediaType("image/svg+xml"), bakery::svg);
    }

    private ResponseEntity<byte[]> baked(String publicId, String extension, MediaType type,
                                         Function<Published.Found, byte[]> bake) {
        Published published = assertions.forBaking(publicId);
        if (!(published instanceof Published.Found found)) {
            return json.answer(published);
        }
        ContentDisposition download = ContentDisposition.attachment()
                .filename(found.art().slug() + "." + extension)
                .build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, download.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SVG_POLICY)
                .body(bake.apply(found));
    }
}
