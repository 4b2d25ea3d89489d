package org.badgeportal.apikeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the forms creating an API key or a personal token send: the name its owner gives it. */
record CredentialForm(
        @NotBlank(message = "{apikeys.name.required}")
        @Size(max = 100, message = "{apikeys.name.tooLong}")
        String name) {

    CredentialForm {
        name = name == null ? null : name.strip();
    }

    static CredentialForm empty() {
        return new CredentialForm("");
    }
}
