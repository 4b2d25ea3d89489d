package org.badgeportal.issuers;

/** An issuer's editable profile: everything of {@link IssuerForm} but the slug, with the same rules. */
public record IssuerSettingsForm(
        @IssuerFields.Name String name,
        @IssuerFields.Url String url,
        @IssuerFields.ContactEmail String contactEmail,
        @IssuerFields.Description String description,
        @IssuerFields.Policy AcceptancePolicy acceptancePolicy) {

    static IssuerSettingsForm of(Issuer issuer) {
        return new IssuerSettingsForm(issuer.getName(), issuer.getUrl(), issuer.getContactEmail(),
                issuer.getDescription(), issuer.getAcceptancePolicy());
    }
}
