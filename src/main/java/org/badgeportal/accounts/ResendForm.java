package org.badgeportal.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks for a new verification link. */
record ResendForm(
        @NotBlank(message = "{signup.email.required}")
        @Email(message = "{signup.email.invalid}")
        @Size(max = 320, message = "{signup.email.tooLong}")
        String email) {

    ResendForm {
        email = email == null ? null : email.strip();
    }
}
