package org.badgeportal.badges;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every field of a badge as the editor shows it (BadgeKit's fields per seed 002, plus colour, validity, share
 * text, listing and custom fields). Lists and maps arrive as text (comma-separated, {@code name = value} lines)
 * and are parsed by {@link BadgeFormReader}, which also runs the checks that need the database. Numbers and the
 * time units are text too, so that whatever was typed can always be shown again with its error.
 */
public record BadgeForm(
        @NotBlank @Size(max = 50) @Pattern(regexp = SLUG) String slug,
        @NotBlank @Size(max = 255) String name,
        @Size(max = 140) String strapline,
        @NotBlank @Size(max = 4000) String earnerDescription,
        @NotBlank @Size(max = 4000) String consumerDescription,
        @NotBlank @Size(max = 255) String type,
        @HttpUrl String issuerUrl,
        @HttpUrl String rubricUrl,
        @HttpUrl String criteriaUrl,
        String timeValue,
        String timeUnits,
        String limit,
        Boolean unique,
        Boolean listed,
        @Size(max = 32) String backgroundColor,
        String validityDays,
        @Size(max = 500) @Pattern(regexp = "[^<>]*") String shareText,
        String program,
        @Size(max = 2000) String categories,
        @Size(max = 2000) String tags,
        @Valid List<CriterionForm> criteria,
        @Size(max = 20000) String customFields,
        String imageUrl) {

    /** Lowercase words joined by single dashes, e.g. {@code reading-badge}. */
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    /** Empty rows offered below the criteria a badge already has. */
    static final int EMPTY_CRITERIA_ROWS = 3;

    /** One row of the criteria table. */
    public record CriterionForm(@Size(max = 1000) String description, Boolean required,
                                @Size(max = 1000) String note) {

        static CriterionForm empty() {
            return new CriterionForm("", true, "");
        }

        public boolean isRequired() {
            return Boolean.TRUE.equals(required);
        }

        public boolean isBlank() {
            return (description == null || description.isBlank()) && (note == null || note.isBlank());
        }
    }

    /** A new badge: listed, one earning per recipient not enforced, three empty criteria rows. */
    static BadgeForm blank() {
        return new BadgeForm("", "", "", "", "", "", "", "", "", "", "", "", false, true, "", "", "", "",
                "", "", withEmptyRows(List.of()), "", "");
    }

    /** The form showing a stored badge. The image field shows only an address (uploads are kept unless replaced). */
    static BadgeForm of(Badge badge) {
        List<CriterionForm> rows = badge.getCriteria().stream()
                .map(c -> new CriterionForm(c.getDescription(), c.isRequired(), c.getNote()))
                .toList();
        return new BadgeForm(badge.getSlug(), badge.getName(), badge.getStrapline(), badge.getEarnerDescription(),
                badge.getConsumerDescription(), badge.getType(), badge.getIssuerUrl(), badge.getRubricUrl(),
                badge.getCriteriaUrl(), text(badge.getTimeValue()),
                badge.getTimeUnits() == null ? "" : badge.getTimeUnits().name(), text(badge.getLimit()),
                badge.isUnique(), badge.isListed(), badge.getBackgroundColor(), text(badge.getValidityDays()),
                badge.getShareText(), badge.getProgram() == null ? "" : badge.getProgram().getSlug(),
                joined(badge.getCategories()), joined(badge.getTags()),
                withEmptyRows(rows), customFieldLines(badge.getCustomFields()), badge.getImageUrl());
    }

    /** Checkboxes: a missing value (an unticked box without Spring's marker field) means false. */
    public boolean isUnique() {
        return Boolean.TRUE.equals(unique);
    }

    public boolean isListed() {
        return Boolean.TRUE.equals(listed);
    }

    /** The criteria rows to show: as posted (so error positions match), or empty rows for a new form. */
    public List<CriterionForm> rows() {
        if (criteria == null || criteria.isEmpty()) {
            return withEmptyRows(List.of());
        }
        return criteria.stream().map(row -> row == null ? CriterionForm.empty() : row).toList();
    }

    private static List<CriterionForm> withEmptyRows(List<CriterionForm> rows) {
        List<CriterionForm> all = new ArrayList<>(rows);
        for (int i = 0; i < EMPTY_CRITERIA_ROWS; i++) {
            all.add(CriterionForm.empty());
        }
        return all;
    }

    private static String text(Integer number) {
        return number == null ? "" : number.toString();
    }

    private static String joined(java.util.Set<String> names) {
        return names.stream().sorted().collect(Collectors.joining(", "));
    }

    private static String customFieldLines(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + " = " + JsonLiteral.display(e.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
