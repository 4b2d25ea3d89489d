package org.badgeportal.issuers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An issuer's editable profile: everything of {@link IssuerForm} but the slug, with the same rules. */
public record IssuerSettingsForm(
        @NotBlank(message = "{issuers.form.name.required}")
        @Size(max = 255, message = "{issuers.form.name.size}")
        String name,

        @Size(max = 2048, message = "{issuers.form.url.size}")
        @Pattern(regexp = HTTP_URL, message = "{issuers.form.url.pattern}")
        String url,

        @Size(max = 320, message = "{issuers.form.contactEmail.size}")
        @Email(message = "{issuers.form.contactEmail.invalid}")
        String contactEmail,

        @Size(max = 4000, message = "{issuers.form.description.size}")
        String description,

        @NotNull(message = "{issuers.form.acceptancePolicy.required}")
        AcceptancePolicy acceptancePolicy) {

    /** Only http and https addresses with a host: no javascript:, data: or relative links. */
    static final String HTTP_URL = "(?i)https?://[^\\s/?#@]+(?:[/?#]\\S*)?";

    static IssuerSettingsForm of(Issuer issuer) {
        return new IssuerSettingsForm(issuer.getName(), issuer.getUrl(), issuer.getContactEmail(),
                issuer.getDescription(), issuer.getAcceptancePolicy());
    }
}
