package org.badgeportal.apikeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What the forms creating an API key or a personal token send: the name its owner gives it. */
public record CredentialForm(
        @NotBlank(message = "{apikeys.name.required}")
        @Size(max = 100, message = "{apikeys.name.tooLong}")
        String name) implements Serializable {

    public CredentialForm {
        name = name == null ? null : name.strip();
    }

    public static CredentialForm empty() {
        return new CredentialForm("");
    }
}
