package org.badgeportal.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One email address: asking for a new verification link, or for a password reset link. */
record EmailForm(
        @NotBlank(message = "{signup.email.required}")
        @Email(message = "{signup.email.invalid}")
        @Size(max = 320, message = "{signup.email.tooLong}")
        String email) {

    EmailForm {
        email = email == null ? null : email.strip();
    }
}
