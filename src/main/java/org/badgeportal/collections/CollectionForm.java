package org.badgeportal.collections;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A collection's details, for creating and for editing. The name may hold spaces and any Unicode letters but
 * not the few characters that cannot travel inside a URL path segment ({@code / \ % ;}, control characters, or a
 * name of only dots), because it is the last part of the collection's address.
 */
public record CollectionForm(
        @NotBlank(message = "{collections.name.required}")
        @Size(max = 100, message = "{collections.name.tooLong}")
        @Pattern(regexp = "[^/\\\\%;\\p{Cntrl}]*", message = "{collections.name.characters}")
        @Pattern(regexp = "(?!\\.{1,2}$).*", message = "{collections.name.dots}")
        String name,

        @Size(max = 2000, message = "{collections.description.tooLong}")
        String description,

        Boolean publiclyVisible) {

    /** A missing checkbox (no value and no marker) means "not public", never a failed binding. */
    public CollectionForm {
        publiclyVisible = Boolean.TRUE.equals(publiclyVisible);
        name = name == null ? null : name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }

    static CollectionForm empty() {
        return new CollectionForm("", "", false);
    }
}
