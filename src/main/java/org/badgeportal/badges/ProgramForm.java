package org.badgeportal.badges;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new program: BadgeKit's slug, name and description. */
public record ProgramForm(
        @NotBlank @Size(max = 50) @Pattern(regexp = BadgeForm.SLUG) String slug,
        @NotBlank @Size(max = 255) String name,
        @Size(max = 4000) String description) {

    static ProgramForm blank() {
        return new ProgramForm("", "", "");
    }
}
