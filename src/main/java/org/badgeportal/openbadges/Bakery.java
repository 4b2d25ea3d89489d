package org.badgeportal.openbadges;

import org.badgeportal.images.CheckedImage;
import org.springframework.stereotype.Component;

/**
 * Makes the baked PNG and SVG of an award from its assertion and its badge's art. Runs outside any transaction:
 * the award was read before, and image work should not hold a database connection.
 */
@Component
class Bakery {

    private final LdJson json;
    private final ObLinks links;

    Bakery(LdJson json, ObLinks links) {
        this.json = json;
        this.links = links;
    }

    byte[] png(Published.Found found) {
        String assertion = json.text(found.assertion());
        try {
            return PngBaker.bake(RasterImages.png(found.art()), assertion);
        } catch (IllegalArgumentException malformed) {
            return PngBaker.bake(RasterImages.drawn(found.art()), assertion);
        }
    }

    byte[] svg(Published.Found found) {
        String assertion = json.asciiText(found.assertion());
        String verify = found.assertion().id();
        BadgeArt art = found.art();
        if (CheckedImage.SVG.equals(art.contentType())) {
            try {
                return SvgBaker.bake(art.bytes(), verify, assertion);
            } catch (IllegalArgumentException malformed) {
                return SvgBaker.wrap(RasterImages.drawn(art), verify, assertion);
            }
        }
        return SvgBaker.wrap(RasterImages.png(art), verify, assertion);
    }
}
