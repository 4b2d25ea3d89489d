package org.badgeportal.issuers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adds an existing account to an issuer. */
public record MemberForm(
        @NotBlank(message = "{issuers.members.email.required}")
        @Size(max = 320, message = "{issuers.form.contactEmail.size}")
        @Email(message = "{issuers.form.contactEmail.invalid}")
        String email,

        @NotNull(message = "{issuers.members.role.required}")
        MembershipRole role) {

    static MemberForm empty() {
        return new MemberForm(null, MembershipRole.STAFF);
    }
}
