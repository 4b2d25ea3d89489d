package org.badgeportal.badges;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.badges.store.ProgramRepository;
import org.badgeportal.images.ImageInput;
import org.badgeportal.images.ImageRejectedException;
import org.badgeportal.images.ImageService;
import org.badgeportal.issuers.Issuer;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns a {@link BadgeForm} (already checked by its annotations) into a {@link BadgeDraft}, adding the checks
 * that need parsing or the database. Every problem becomes a field error; nothing is written here.
 */
@Component
class BadgeFormReader {

    static final int MAX_ENTRIES = 20;
    static final int MAX_ENTRY_LENGTH = 64;
    static final Set<String> RESERVED_FIELDS =
            Set.of("name", "description", "count", "latest", "link", "globalcount", "globallatest");
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final int MAX_FIELD_VALUE = 2000;
    private static final DefaultMessageCodesResolver CODES = new DefaultMessageCodesResolver();

    private final BadgeRepository badges;
    private final ProgramRepository programs;
    private final ImageService images;

    BadgeFormReader(BadgeRepository badges, ProgramRepository programs, ImageService images) {
        this.badges = badges;
        this.programs = programs;
        this.images = images;
    }

    /** Reads the form for a new badge ({@code existing} null) or for changes to {@code existing}. */
    BadgeDraft read(Issuer issuer, Badge existing, BadgeForm form, MultipartFile upload, Errors errors) {
        String slug = trim(form.slug());
        if (!errors.hasFieldErrors("slug") && (existing == null || !existing.getSlug().equals(slug))
                && badges.existsByIssuerAndSlug(issuer, slug)) {
            errors.rejectValue("slug", "badge.slug.taken");
        }
        return new BadgeDraft(slug, trim(form.name()), optional(form.strapline()),
                trim(form.earnerDescription()), trim(form.consumerDescription()), trim(form.type()),
                optional(form.issuerUrl()), optional(form.rubricUrl()), optional(form.criteriaUrl()),
                number(form.timeValue(), "timeValue", 0, 1_000_000, errors), timeUnits(form, errors),
                number(form.limit(), "limit", 1, 100_000_000, errors), form.isUnique(), form.isListed(),
                colour(form, errors), number(form.validityDays(), "validityDays", 1, 36_500, errors),
                optional(form.shareText()),
                program(issuer, form, errors),
                entries(form.categories(), "categories", UnaryOperator.identity(), errors),
                entries(form.tags(), "tags", tag -> tag.toLowerCase(Locale.ROOT), errors),
                criteria(form, errors), customFields(form.customFields(), errors),
                image(existing, form, upload, errors));
    }

    /** The image a preview can show: a valid upload or address, else nothing. Never an error. */
    String previewImage(BadgeForm form, MultipartFile upload) {
        try {
            return images.read(upload, form.imageUrl()).previewSrc();
        } catch (ImageRejectedException e) {
            return null;
        }
    }

    /** An optional whole number within bounds; errors use the codes of Bean Validation (Min, Max). */
    private static Integer number(String text, String field, int min, int max, Errors errors) {
        String typed = optional(text);
        if (typed == null) {
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "typeMismatch");
            return null;
        }
        if (value < min) {
            errors.rejectValue(field, "Min", new Object[] {min}, null);
        } else if (value > max) {
            errors.rejectValue(field, "Max", new Object[] {max}, null);
        }
        return value;
    }

    /** BadgeKit's units (any case); a time needs its units and units need a time. */
    private static TimeUnits timeUnits(BadgeForm form, Errors errors) {
        String typed = optional(form.timeUnits());
        TimeUnits units = null;
        if (typed != null) {
            try {
                units = TimeUnits.valueOf(typed.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.rejectValue("timeUnits", "typeMismatch");
                return null;
            }
        }
        boolean hasTime = optional(form.timeValue()) != null;
        if (hasTime && units == null) {
            errors.rejectValue("timeUnits", "badge.timeUnits.required");
        }
        if (!hasTime && units != null) {
            errors.rejectValue("timeValue", "badge.timeValue.required");
        }
        return units;
    }

    private static String colour(BadgeForm form, Errors errors) {
        String typed = optional(form.backgroundColor());
        if (typed == null) {
            return null;
        }
        String colour = CssColors.normalise(typed);
        if (colour == null && !errors.hasFieldErrors("backgroundColor")) {
            errors.rejectValue("backgroundColor", "badge.backgroundColor.invalid");
        }
        return colour;
    }

    private Program program(Issuer issuer, BadgeForm form, Errors errors) {
        String slug = optional(form.program());
        if (slug == null) {
            return null;
        }
        return programs.findByIssuerAndSlug(issuer, slug).orElseGet(() -> {
            errors.rejectValue("program", "badge.program.unknown");
            return null;
        });
    }

    /** Comma-separated names: trimmed, empty ones skipped, each 1-64 characters, at most 20. */
    private static Set<String> entries(String text, String field, UnaryOperator<String> normalise, Errors errors) {
        Set<String> entries = new TreeSet<>();
        if (text == null || errors.hasFieldErrors(field)) {
            return entries;
        }
        for (String part : text.split(",")) {
            String entry = normalise.apply(part.strip());
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.length() > MAX_ENTRY_LENGTH) {
                errors.rejectValue(field, "badge.entries.tooLong", new Object[] {entry, MAX_ENTRY_LENGTH}, null);
                return entries;
            }
            entries.add(entry);
        }
        if (entries.size() > MAX_ENTRIES) {
            errors.rejectValue(field, "badge.entries.tooMany", new Object[] {MAX_ENTRIES}, null);
        }
        return entries;
    }

    /** Rows left completely empty are skipped; a row with only a note needs its description. */
    private static List<Criterion> criteria(BadgeForm form, Errors errors) {
        List<Criterion> criteria = new ArrayList<>();
        List<BadgeForm.CriterionForm> rows = form.criteria() == null ? List.of() : form.criteria();
        for (int i = 0; i < rows.size(); i++) {
            BadgeForm.CriterionForm row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String description = optional(row.description());
            if (description == null) {
                rejectRow(errors, "criteria[" + i + "].description", "badge.criteria.descriptionRequired");
                continue;
            }
            criteria.add(new Criterion(description, row.isRequired(), optional(row.note())));
        }
        return criteria;
    }

    /**
     * A field error on a criteria row. Rows are not bean properties of the form record, so the error is added
     * directly instead of through {@code rejectValue}, which would try to read the row's value.
     */
    private static void rejectRow(Errors errors, String field, String code) {
        if (errors instanceof BindingResult result) {
            String[] codes = CODES.resolveMessageCodes(code, result.getObjectName(), field, null);
            result.addError(new FieldError(result.getObjectName(), field, null, false, codes, null, null));
        } else {
            errors.reject(code);
        }
    }

    /** UserBadges custom fields, one {@code name = value} per line. */
    static Map<String, String> customFields(String text, Errors errors) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (text == null || errors.hasFieldErrors("customFields")) {
            return fields;
        }
        Set<String> seen = new LinkedHashSet<>();
        String[] lines = text.split("\\R");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? "" : line.substring(0, equals).strip();
            String value = equals < 0 ? "" : line.substring(equals + 1).strip();
            String problem = equals < 0 ? "badge.customFields.syntax"
                    : !FIELD_NAME.matcher(name).matches() || name.length() > MAX_ENTRY_LENGTH
                        ? "badge.customFields.name"
                    : RESERVED_FIELDS.contains(name.toLowerCase(Locale.ROOT)) ? "badge.customFields.reserved"
                    : !seen.add(name.toLowerCase(Locale.ROOT)) ? "badge.customFields.duplicate"
                    : JsonLiteral.of(value).length() > MAX_FIELD_VALUE ? "badge.customFields.tooLong"
                    : null;
            if (problem != null) {
                errors.rejectValue("customFields", problem, new Object[] {number, name}, null);
                return fields;
            }
            fields.put(name, JsonLiteral.of(value));
        }
        return fields;
    }

    private ImageInput image(Badge existing, BadgeForm form, MultipartFile upload, Errors errors) {
        ImageInput image;
        try {
            image = images.read(upload, form.imageUrl());
        } catch (ImageRejectedException e) {
            errors.rejectValue("imageUrl", e.getMessageKey(), e.getArguments(), null);
            return new ImageInput.None();
        }
        if (image instanceof ImageInput.None && (existing == null || !existing.hasImage())) {
            errors.rejectValue("imageUrl", "badge.image.required");
        }
        return image;
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    /** Blank optional text is stored as null. */
    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
