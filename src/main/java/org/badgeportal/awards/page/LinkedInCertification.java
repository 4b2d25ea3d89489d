package org.badgeportal.awards.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * LinkedIn's "Add to profile" link for a licence or certification: it opens the recipient's LinkedIn profile with
 * the form filled in (name, organisation, dates, credential id and the verification URL).
 */
final class LinkedInCertification {

    private static final String ADD_TO_PROFILE = "https://www.linkedin.com/profile/add";

    private LinkedInCertification() {
    }

    static String link(String badgeName, String issuerName, Instant issuedAt, Instant expiresAt, String awardUrl,
                       String awardId) {
        ZonedDateTime issued = issuedAt.atZone(ZoneOffset.UTC);
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(ADD_TO_PROFILE)
                .queryParam("startTask", "CERTIFICATION_NAME")
                .queryParam("name", "{name}")
                .queryParam("organizationName", "{organization}")
                .queryParam("issueYear", issued.getYear())
                .queryParam("issueMonth", issued.getMonthValue());
        if (expiresAt != null) {
            ZonedDateTime expires = expiresAt.atZone(ZoneOffset.UTC);
            link.queryParam("expirationYear", expires.getYear()).queryParam("expirationMonth", expires.getMonthValue());
        }
        return link.queryParam("certUrl", "{url}").queryParam("certId", "{id}")
                .encode().buildAndExpand(badgeName, issuerName, awardUrl, awardId).toUriString();
    }
}
