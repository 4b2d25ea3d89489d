package org.badgeportal.accounts;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * The rules of an account's public handle (its address {@code /u/handle}), shared by sign-up and the settings
 * page: 3 to 30 of {@code [a-z0-9-]}, not starting or ending with a hyphen ({@link Valid} on a form field), not
 * one of the {@link #isReserved reserved} words, and unique (the {@code uk_account_handle} constraint). Error
 * messages are the {@code signup.handle.*} keys of the accounts bundle.
 */
public final class Handles {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 30;
    public static final String CHARACTERS = "[a-z0-9-]*";
    public static final String NO_EDGE_HYPHEN = "(?!-).*(?<!-)";

    /** The database constraint that keeps handles unique. */
    public static final String UNIQUE_CONSTRAINT = "uk_account_handle";

    /** Handles that would be confusing or clash with the portal's own pages. */
    static final Set<String> RESERVED = Set.of(
            "admin", "administrator", "root", "system", "me", "manage", "api", "new", "settings", "login", "logout",
            "signup", "signin", "verify", "issuers", "u", "awards", "badges", "collections", "embed", "themes",
            "images", "webjars", "v1", "help", "support", "about", "mail", "mailbox", "error", "null", "anonymous",
            "portal", "static", "www");

    private Handles() {
    }

    /** Whether the portal keeps this handle for itself ({@code signup.handle.reserved}). */
    public static boolean isReserved(String handle) {
        return handle != null && RESERVED.contains(handle);
    }

    /** The form rules of a handle; each broken rule is reported with its own message. */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @NotNull(message = "{signup.handle.size}")
    @Size(min = MIN_LENGTH, max = MAX_LENGTH, message = "{signup.handle.size}")
    @Pattern(regexp = CHARACTERS, message = "{signup.handle.characters}")
    @Pattern(regexp = NO_EDGE_HYPHEN, message = "{signup.handle.hyphen}")
    public @interface Valid {

        String message() default "{signup.handle.size}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
