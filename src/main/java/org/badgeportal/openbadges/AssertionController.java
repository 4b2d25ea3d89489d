package org.badgeportal.openbadges;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /awards/{id}/assertion.json}: an award's hosted Open Badges 2.0 assertion (410 when revoked, 404 when
 * not public); the award page answers the same to {@code Accept: application/ld+json}.
 */
@Controller
class AssertionController {

    private final Assertions assertions;
    private final LdJson json;

    AssertionController(Assertions assertions, LdJson json) {
        this.assertions = assertions;
        this.json = json;
    }

    @GetMapping("/awards/{publicId}/assertion.json")
    ResponseEntity<byte[]> assertion(@PathVariable String publicId) {
        return json.answer(assertions.assertion(publicId));
    }

    @GetMapping(path = "/awards/{publicId}", produces = LdJson.MEDIA_TYPE)
    ResponseEntity<byte[]> negotiatedAssertion(@PathVariable String publicId) {
        return assertion(publicId);
    }
}
