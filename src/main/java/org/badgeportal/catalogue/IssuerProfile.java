package org.badgeportal.catalogue;

import org.badgeportal.issuers.Issuer;
import org.badgeportal.system.HttpUrls;

/**
 * An issuer's public profile. {@code url} and {@code mailto} are null unless safe to link (http(s) only, a
 * plausible address); {@code contactEmail} is always shown as text.
 */
public record IssuerProfile(String slug, String name, boolean verified, String description, String url,
                            String contactEmail, String mailto, String imageSrc) {

    static IssuerProfile of(Issuer issuer) {
        String imageSrc = issuer.getImage() == null ? null : "/images/" + issuer.getImage().getId();
        return new IssuerProfile(issuer.getSlug(), issuer.getName(), issuer.isVerified(), issuer.getDescription(),
                HttpUrls.httpUrlOrNull(issuer.getUrl()), issuer.getContactEmail(),
                PublicLinks.mailtoOrNull(issuer.getContactEmail()), imageSrc);
    }
}
