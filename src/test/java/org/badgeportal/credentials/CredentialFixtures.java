package org.badgeportal.credentials;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.TestData;
import org.springframework.stereotype.Component;

/** A genuine signed credential of a fresh accepted award, for tests that examine or damage one. */
@Component
class CredentialFixtures {

    private final TestData data;
    private final AwardService awards;
    private final SignedCredentials credentials;

    CredentialFixtures(TestData data, AwardService awards, SignedCredentials credentials) {
        this.data = data;
        this.awards = awards;
        this.credentials = credentials;
    }

    /** The credential of an award to a new email recipient, expiring at {@code expiresAt} (null: never). */
    JsonObject credential(String badgeName, Instant expiresAt) {
        return credential(badgeName, TestData.unique("earner") + "@example.org", expiresAt);
    }

    /** The same for a given recipient: an email address or a site user name. */
    JsonObject credential(String badgeName, String recipient, Instant expiresAt) {
        Issuer issuer = data.issuer(data.account("cred"), AcceptancePolicy.AUTOMATIC);
        Badge badge = data.badge(issuer, badgeName);
        String publicId = awards.issue(new AwardRequest(badge.getId(), recipient, null, null, null, expiresAt, null,
                null)).publicId();
        return Json.createReader(new StringReader(credentials.credentialJson(publicId))).readObject();
    }
}
