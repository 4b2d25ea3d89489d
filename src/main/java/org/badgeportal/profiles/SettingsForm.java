package org.badgeportal.profiles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.Handles;

/** What the settings page sends. The handle follows the sign-up rules; reserved and taken handles are checked by the service. */
record SettingsForm(
        @NotBlank(message = "{profiles.displayName.required}")
        @Size(max = 100, message = "{profiles.displayName.tooLong}")
        String displayName,

        @Handles.Valid
        String handle,

        Boolean profilePublic) {

    /** A missing checkbox (no value and no marker) means "private", never a failed binding. */
    SettingsForm {
        profilePublic = Boolean.TRUE.equals(profilePublic);
        displayName = displayName == null ? null : displayName.strip();
        handle = handle == null ? null : handle.strip();
    }

    static SettingsForm of(Account account) {
        return new SettingsForm(account.getDisplayName(), account.getHandle(), account.isProfilePublic());
    }
}
