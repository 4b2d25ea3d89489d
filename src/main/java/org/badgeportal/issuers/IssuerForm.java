package org.badgeportal.issuers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The form that creates an issuer. Empty optional fields arrive as null (the controllers trim input). */
public record IssuerForm(
        @NotBlank(message = "{issuers.form.slug.required}")
        @Size(min = 2, max = 50, message = "{issuers.form.slug.size}")
        @Pattern(regexp = IssuerSlugs.PATTERN, message = "{issuers.form.slug.pattern}")
        String slug,

        @IssuerFields.Name String name,
        @IssuerFields.Url String url,
        @IssuerFields.ContactEmail String contactEmail,
        @IssuerFields.Description String description,
        @IssuerFields.Policy AcceptancePolicy acceptancePolicy) {

    static IssuerForm empty() {
        return new IssuerForm(null, null, null, null, null, AcceptancePolicy.REQUIRED);
    }
}
