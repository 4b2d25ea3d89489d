package org.badgeportal.credentials;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.Recipient;
import org.badgeportal.awards.RecipientKind;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.Criterion;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.system.Digests;
import org.badgeportal.system.HttpUrls;
import org.badgeportal.system.PortalProperties;
import org.springframework.stereotype.Component;

/**
 * Writes an award as an unsigned {@code OpenBadgeCredential} (Open Badges 3.0 on VC Data Model 2.0). Only terms
 * the two contexts define; properties always in the same order and times to the second, so the same award always
 * gives the same document. The recipient is a salted SHA-256 {@code IdentityObject}, never the plain address.
 */
@Component
class OpenBadgeCredentials {

    static final JsonArray CONTEXT = Json.createArrayBuilder()
            .add(BundledContexts.CREDENTIALS_V2).add(BundledContexts.OPEN_BADGES_V3).build();

    private final PortalProperties properties;

    OpenBadgeCredentials(PortalProperties properties) {
        this.properties = properties;
    }

    JsonObject unsigned(Award award, Multikey issuerKey) {
        Badge badge = award.getBadge();
        JsonObjectBuilder credential = Json.createObjectBuilder()
                .add("@context", CONTEXT)
                .add("id", url(award))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", badge.getName())
                .add("issuer", issuer(badge.getIssuer(), issuerKey))
                .add("validFrom", time(award.getValidFrom()));
        if (award.getExpiresAt() != null) {
            credential.add("validUntil", time(award.getExpiresAt()));
        }
        return credential.add("credentialSubject", Json.createObjectBuilder()
                        .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                        .add("identifier", Json.createArrayBuilder().add(identity(award)))
                        .add("achievement", achievement(badge)))
                .build();
    }

    String url(Award award) {
        return properties.link("/awards/" + award.getPublicId() + "/credential.json");
    }

    /** Proof times and validity: seconds precision, UTC, "Z". */
    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private JsonObjectBuilder issuer(Issuer issuer, Multikey key) {
        return Json.createObjectBuilder()
                .add("id", key.did())
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", issuer.getName())
                .add("url", HttpUrls.isHttpUrl(issuer.getUrl()) ? issuer.getUrl()
                        : properties.link("/issuers/" + issuer.getSlug()));
    }

    private JsonObjectBuilder achievement(Badge badge) {
        JsonObjectBuilder achievement = Json.createObjectBuilder()
                .add("id", properties.link("/issuers/" + badge.getIssuer().getSlug() + "/badges/" + badge.getSlug()))
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("name", badge.getName())
                .add("description", description(badge))
                .add("criteria", Json.createObjectBuilder().add("narrative", narrative(badge)));
        String image = badge.getImageSrc();
        if (image != null) {
            achievement.add("image", Json.createObjectBuilder()
                    .add("id", HttpUrls.isHttpUrl(image) ? image : properties.link(image))
                    .add("type", "Image"));
        }
        return achievement;
    }

    /** Open Badges 3.0 IdentityObject: sha256$hex(identity + salt), the salt unique to the award. */
    private static JsonObjectBuilder identity(Award award) {
        Recipient recipient = award.getRecipient();
        String salt = award.getPublicId().replace("-", "");
        return Json.createObjectBuilder()
                .add("type", "IdentityObject")
                .add("identityHash", "sha256$" + Digests.sha256Hex(recipient.getIdentifier() + salt))
                .add("identityType", recipient.getKind() == RecipientKind.EMAIL ? "emailAddress" : "userName")
                .add("hashed", true)
                .add("salt", salt);
    }

    private static String description(Badge badge) {
        return firstText(badge.getConsumerDescription(), badge.getEarnerDescription(), badge.getStrapline(),
                badge.getName());
    }

    private static String narrative(Badge badge) {
        if (badge.getCriteria().isEmpty()) {
            return firstText(badge.getEarnerDescription(), description(badge));
        }
        return badge.getCriteria().stream().map(Criterion::getDescription).map(text -> "- " + text)
                .collect(Collectors.joining("\n"));
    }

    private static String firstText(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }
}
