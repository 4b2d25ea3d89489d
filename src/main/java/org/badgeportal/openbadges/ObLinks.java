package org.badgeportal.openbadges;

import org.badgeportal.system.PortalProperties;
import org.springframework.stereotype.Component;

/** The absolute URLs of the Open Badges 2.0 documents: every id in them is one of these. */
@Component
class ObLinks {

    static final String CONTEXT = "https://w3id.org/openbadges/v2";

    private final PortalProperties properties;

    ObLinks(PortalProperties properties) {
        this.properties = properties;
    }

    String link(String path) {
        return properties.link(path);
    }

    String issuerPage(String issuerSlug) {
        return link("/issuers/" + issuerSlug);
    }

    String profile(String issuerSlug) {
        return link("/issuers/" + issuerSlug + "/profile.json");
    }

    String revocations(String issuerSlug) {
        return link("/issuers/" + issuerSlug + "/revocations.json");
    }

    String badgePage(String issuerSlug, String badgeSlug) {
        return link("/issuers/" + issuerSlug + "/badges/" + badgeSlug);
    }

    String badgeClass(String issuerSlug, String badgeSlug) {
        return badgePage(issuerSlug, badgeSlug) + "/badgeclass.json";
    }

    String assertion(String publicId) {
        return link("/awards/" + publicId + "/assertion.json");
    }

    String bakedPng(String publicId) {
        return link("/awards/" + publicId + "/badge.png");
    }

    String image(Long storedImageId) {
        return link("/images/" + storedImageId);
    }

    /** The portal's own picture for badges without an image. */
    String defaultBadgeImage() {
        return link("/img/badge.svg");
    }
}
