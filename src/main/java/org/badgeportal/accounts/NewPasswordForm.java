package org.badgeportal.accounts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password, typed twice (kept exactly as typed, like at sign-up). */
record NewPasswordForm(
        @NotNull(message = "{signup.password.size}")
        @Size(min = 12, max = 128, message = "{signup.password.size}")
        String password,

        String confirmPassword) {

    static NewPasswordForm empty() {
        return new NewPasswordForm("", "");
    }

    boolean confirmed() {
        return password != null && password.equals(confirmPassword);
    }
}
