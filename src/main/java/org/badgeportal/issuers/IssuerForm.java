package org.badgeportal.issuers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The form that creates an issuer. Empty optional fields arrive as null (the controllers trim input). */
public record IssuerForm(
        @NotBlank(message = "{issuers.form.slug.required}")
        @Size(min = 2, max = 50, message = "{issuers.form.slug.size}")
        @Pattern(regexp = IssuerSlugs.PATTERN, message = "{issuers.form.slug.pattern}")
        String slug,

        @NotBlank(message = "{issuers.form.name.required}")
        @Size(max = 255, message = "{issuers.form.name.size}")
        String name,

        @Size(max = 2048, message = "{issuers.form.url.size}")
        @Pattern(regexp = IssuerSettingsForm.HTTP_URL, message = "{issuers.form.url.pattern}")
        String url,

        @Size(max = 320, message = "{issuers.form.contactEmail.size}")
        @Email(message = "{issuers.form.contactEmail.invalid}")
        String contactEmail,

        @Size(max = 4000, message = "{issuers.form.description.size}")
        String description,

        @NotNull(message = "{issuers.form.acceptancePolicy.required}")
        AcceptancePolicy acceptancePolicy) {

    static IssuerForm empty() {
        return new IssuerForm(null, null, null, null, null, AcceptancePolicy.REQUIRED);
    }
}
