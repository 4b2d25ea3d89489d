package org.badgeportal.openbadges;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.Recipient;
import org.badgeportal.awards.RecipientKind;
import org.badgeportal.system.Digests;

/**
 * The hashed recipient of an assertion. The plain identifier never appears in a document.
 *
 * <p>Salt: one per award, derived from the award's public id (a random UUID, 122 bits) instead of stored. The
 * salt is published in the assertion anyway, so it needs no secrecy: its job is that the same email hashes
 * differently in every award (two assertions cannot be linked, a table of hashed emails is useless), and that
 * it never changes (a verifier that stored the assertion checks the same hash later). Both hold without a
 * column; the label keeps the value from being the id itself.
 *
 * <p>Site users (a name chosen by the issuer's site, no email) get type {@code url}, a type validators accept,
 * with a stable URL the portal builds: the issuer's public page with a fragment naming the user
 * ({@code https://portal/issuers/demo#user=daniel}), hashed like an email.
 */
final class RecipientIdentity {

    private static final String SALT_LABEL = "badge-portal openbadges salt\n";

    private RecipientIdentity() {
    }

    static ObDocuments.IdentityObject of(Award award, ObLinks links) {
        Recipient recipient = award.getRecipient();
        String salt = salt(award.getPublicId());
        if (recipient.getKind() == RecipientKind.EMAIL) {
            return hashed("email", recipient.getIdentifier(), salt);
        }
        return hashed("url", siteUserUrl(links, award.getBadge().getIssuer().getSlug(),
                recipient.getIdentifier()), salt);
    }

    static String siteUserUrl(ObLinks links, String issuerSlug, String userName) {
        return links.issuerPage(issuerSlug) + "#user=" + URLEncoder.encode(userName, StandardCharsets.UTF_8);
    }

    static String salt(String publicId) {
        return Digests.sha256Hex(SALT_LABEL + publicId).substring(0, 32);
    }

    private static ObDocuments.IdentityObject hashed(String type, String identity, String salt) {
        return new ObDocuments.IdentityObject(type, true, salt, "sha256$" + Digests.sha256Hex(identity + salt));
    }
}
