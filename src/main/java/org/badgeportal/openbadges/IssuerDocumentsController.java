package org.badgeportal.openbadges;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An issuer's Open Badges 2.0 documents: its {@code Profile}, {@code RevocationList} and each badge's
 * {@code BadgeClass}. The public pages answer the same JSON to {@code Accept: application/ld+json}; browsers
 * (and callers without an Accept header) keep getting the HTML pages of the catalogue.
 */
@Controller
class IssuerDocumentsController {

    private final IssuerDocuments issuers;
    private final BadgeClasses badgeClasses;
    private final LdJson json;

    IssuerDocumentsController(IssuerDocuments issuers, BadgeClasses badgeClasses, LdJson json) {
        this.issuers = issuers;
        this.badgeClasses = badgeClasses;
        this.json = json;
    }

    @GetMapping("/issuers/{issuer}/profile.json")
    ResponseEntity<byte[]> profile(@PathVariable String issuer) {
        return json.answer(issuers.profile(issuer));
    }

    @GetMapping(path = "/issuers/{issuer}", produces = LdJson.MEDIA_TYPE)
    ResponseEntity<byte[]> negotiatedProfile(@PathVariable String issuer) {
        return profile(issuer);
    }

    @GetMapping("/issuers/{issuer}/revocations.json")
    ResponseEntity<byte[]> revocations(@PathVariable String issuer) {
        return json.answer(issuers.revocations(issuer));
    }

    @GetMapping("/issuers/{issuer}/badges/{slug}/badgeclass.json")
    ResponseEntity<byte[]> badgeClass(@PathVariable String issuer, @PathVariable String slug) {
        return json.answer(badgeClasses.badgeClass(issuer, slug));
    }

    @GetMapping(path = "/issuers/{issuer}/badges/{slug}", produces = LdJson.MEDIA_TYPE)
    ResponseEntity<byte[]> negotiatedBadgeClass(@PathVariable String issuer, @PathVariable String slug) {
        return badgeClass(issuer, slug);
    }
}
