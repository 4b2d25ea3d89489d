package org.badgeportal.issuers;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rules of an issuer's profile fields, once for both forms that edit them ({@link IssuerForm} creates an
 * issuer, {@link IssuerSettingsForm} changes one). Each rule reports its own message, as if written on the field.
 */
final class IssuerFields {

    /** Only http and https addresses with a host: no javascript:, data: or relative links. */
    static final String HTTP_URL = "(?i)https?://[^\\s/?#@]+(?:[/?#]\\S*)?";

    private IssuerFields() {
    }

    @NotBlank(message = "{issuers.form.name.required}")
    @Size(max = 255, message = "{issuers.form.name.size}")
    @Constraint(validatedBy = {})
    @Target({FIELD, PARAMETER, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface Name {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Size(max = 2048, message = "{issuers.form.url.size}")
    @Pattern(regexp = HTTP_URL, message = "{issuers.form.url.pattern}")
    @Constraint(validatedBy = {})
    @Target({FIELD, PARAMETER, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface Url {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Size(max = 320, message = "{issuers.form.contactEmail.size}")
    @Email(message = "{issuers.form.contactEmail.invalid}")
    @Constraint(validatedBy = {})
    @Target({FIELD, PARAMETER, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface ContactEmail {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Size(max = 4000, message = "{issuers.form.description.size}")
    @Constraint(validatedBy = {})
    @Target({FIELD, PARAMETER, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface Description {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @NotNull(message = "{issuers.form.acceptancePolicy.required}")
    @Constraint(validatedBy = {})
    @Target({FIELD, PARAMETER, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface Policy {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }
}
