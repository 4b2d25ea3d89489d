package org.badgeportal.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the sign-up page sends. Rules about one field are annotations; rules that need the database or compare
 * fields live in {@link SignupService#check}. Text fields are stripped; passwords are kept exactly as typed.
 */
record SignupForm(
        @NotBlank(message = "{signup.email.required}")
        @Email(message = "{signup.email.invalid}")
        @Size(max = 320, message = "{signup.email.tooLong}")
        String email,

        @NotBlank(message = "{signup.displayName.required}")
        @Size(max = 100, message = "{signup.displayName.tooLong}")
        String displayName,

        @Handles.Valid
        String handle,

        @NotNull(message = "{signup.password.size}")
        @Size(min = 12, max = 128, message = "{signup.password.size}")
        String password,

        String confirmPassword) {

    SignupForm {
        email = strip(email);
        displayName = strip(displayName);
        handle = strip(handle);
    }

    static SignupForm empty() {
        return new SignupForm("", "", "", "", "");
    }

    /** The form with the address prefilled, for the sign-up link in an award mail. */
    static SignupForm forEmail(String email) {
        return new SignupForm(email == null ? "" : email, "", "", "", "");
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
