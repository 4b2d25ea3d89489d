package org.badgeportal.apis.portal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.badgeportal.apis.ApiError.FieldProblem;
import org.badgeportal.badges.BadgeForm;

/**
 * The fields of a badge as an API call sends them (JSON, form fields or multipart parts, already turned into a
 * map), laid over a base form: the stored badge for an update (only the given fields change) or an empty form
 * for a new badge. Accepts BadgeKit's names and badges.ninja's
 * (the badges.ninja API: {@code description} for both descriptions, {@code criteria} as text, {@code image}
 * as a data URI). Values of the wrong shape become {@link FieldProblem}s; the rest is checked by the editor.
 */
final class BadgeApiInput {

    private static final List<String> TEXT_FIELDS = List.of("slug", "name", "strapline", "earnerDescription",
            "consumerDescription", "type", "issuerUrl", "rubricUrl", "criteriaUrl", "timeValue", "timeUnits", "limit",
            "backgroundColor", "validityDays", "shareText", "program", "imageUrl");

    /** The form for a new badge: every field empty, listed in the catalogue, no criteria. */
    static final BadgeForm NEW_BADGE = new BadgeForm("", "", "", "", "", "", "", "", "", "", "", "", false, true,
            "", "", "", "", "", "", List.of(), "", "");

    /** The form to save, {@code archived} if the call sets it, and the values that had the wrong shape. */
    record Parsed(BadgeForm form, Boolean archived, List<FieldProblem> problems) {
    }

    private final Map<String, Object> fields;
    private final List<FieldProblem> problems = new ArrayList<>();

    private BadgeApiInput(Map<String, Object> fields) {
        this.fields = fields;
    }

    /**
     * Lays the given fields over {@code base}. {@code ninja} marks badges.ninja's {@code {"parameters": ...}}
     * calls, which name no slug and no type: a new badge then gets its slug from the name and the type "badge".
     */
    static Parsed read(BadgeForm base, Map<String, Object> fields, boolean create, boolean ninja) {
        return new BadgeApiInput(fields).parse(base, create, ninja);
    }

    private Parsed parse(BadgeForm base, boolean create, boolean ninja) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("slug", base.slug());
        text.put("name", base.name());
        text.put("strapline", base.strapline());
        text.put("earnerDescription", base.earnerDescription());
        text.put("consumerDescription", base.consumerDescription());
        text.put("type", base.type());
        text.put("issuerUrl", base.issuerUrl());
        text.put("rubricUrl", base.rubricUrl());
        text.put("criteriaUrl", base.criteriaUrl());
        text.put("timeValue", base.timeValue());
        text.put("timeUnits", base.timeUnits());
        text.put("limit", base.limit());
        text.put("backgroundColor", base.backgroundColor());
        text.put("validityDays", base.validityDays());
        text.put("shareText", base.shareText());
        text.put("program", base.program());
        text.put("imageUrl", base.imageUrl());
        if (fields.containsKey("description")) {
            String description = text("description");
            text.put("earnerDescription", description);
            text.put("consumerDescription", description);
        }
        if (fields.containsKey("image") && !fields.containsKey("imageUrl")) {
            text.put("imageUrl", text("image"));
        }
        if (fields.containsKey("new-slug") && !fields.containsKey("slug")) {
            text.put("slug", text("new-slug"));
        }
        for (String field : TEXT_FIELDS) {
            if (fields.containsKey(field)) {
                text.put(field, text(field));
            }
        }
        if (create && ninja) {
            if (!fields.containsKey("slug")) {
                text.put("slug", slugOf(text.get("name")));
            }
            if (!fields.containsKey("type")) {
                text.put("type", "badge");
            }
        }
        Boolean unique = fields.containsKey("unique") ? bool("unique") : base.unique();
        Boolean listed = fields.containsKey("listed") ? bool("listed") : base.listed();
        Boolean archived = fields.containsKey("archived") ? bool("archived") : null;
        String categories = fields.containsKey("categories") ? names("categories") : base.categories();
        String tags = fields.containsKey("tags") ? names("tags") : base.tags();
        List<BadgeForm.CriterionForm> criteria = fields.containsKey("criteria") ? criteria() : base.criteria();
        String customFields = fields.containsKey("customFields") ? customFields() : base.customFields();
        BadgeForm form = new BadgeForm(text.get("slug"), text.get("name"), text.get("strapline"),
                text.get("earnerDescription"), text.get("consumerDescription"), text.get("type"),
                text.get("issuerUrl"), text.get("rubricUrl"), text.get("criteriaUrl"), text.get("timeValue"),
                text.get("timeUnits"), text.get("limit"), unique, listed, text.get("backgroundColor"),
                text.get("validityDays"), text.get("shareText"), text.get("program"), categories, tags, criteria,
                customFields, text.get("imageUrl"));
        return new Parsed(form, archived, List.copyOf(problems));
    }

    /** A text field: strings as they are, numbers and booleans as written, null as empty. */
    private String text(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return "";
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        problems.add(new FieldProblem(field, "must be a string", null));
        return "";
    }

    private Boolean bool(String field) {
        Object value = fields.get(field);
        if (value instanceof Boolean flag) {
            return flag;
        }
        String typed = value == null ? "" : value.toString().strip().toLowerCase(Locale.ROOT);
        switch (typed) {
            case "true", "1", "on", "yes" -> {
                return true;
            }
            case "false", "0", "off", "no", "" -> {
                return false;
            }
            default -> {
                problems.add(new FieldProblem(field, "must be true or false", scalar(value)));
                return false;
            }
        }
    }

    /** Categories and tags: an array of names, or names separated by commas. */
    private String names(String field) {
        Object value = fields.get(field);
        if (value instanceof List<?> list) {
            List<String> names = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String name) || name.contains(",")) {
                    problems.add(new FieldProblem(field, "must be an array of names without commas",
                            scalar(item)));
                    return "";
                }
                names.add(name);
            }
            return String.join(", ", names);
        }
        return text(field);
    }

    /** BadgeKit's array of {description, required, note}, or badges.ninja's text (one required criterion). */
    private List<BadgeForm.CriterionForm> criteria() {
        Object value = fields.get("criteria");
        if (value == null) {
            return List.of();
        }
        if (value instanceof String narrative) {
            return List.of(new BadgeForm.CriterionForm(narrative, true, ""));
        }
        if (value instanceof Map<?, ?> map && map.get("narrative") instanceof String narrative) {
            return List.of(new BadgeForm.CriterionForm(narrative, true, ""));
        }
        if (!(value instanceof List<?> list)) {
            problems.add(new FieldProblem("criteria", "must be an array of criteria or a text", null));
            return List.of();
        }
        List<BadgeForm.CriterionForm> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof String description) {
                rows.add(new BadgeForm.CriterionForm(description, true, ""));
            } else if (item instanceof Map<?, ?> map) {
                rows.add(criterion(i, map));
            } else {
                problems.add(new FieldProblem("criteria[" + i + "]", "must be an object with a description",
                        scalar(item)));
            }
        }
        return rows;
    }

    private BadgeForm.CriterionForm criterion(int index, Map<?, ?> map) {
        Object description = map.get("description");
        Object note = map.get("note");
        Object required = map.get("required");
        boolean isRequired = true;
        if (required instanceof Boolean flag) {
            isRequired = flag;
        } else if (required instanceof Number number) {
            isRequired = number.intValue() != 0;
        } else if (required != null) {
            problems.add(new FieldProblem("criteria[" + index + "].required", "must be true or false",
                    scalar(required)));
        }
        if (description != null && !(description instanceof String)
                || note != null && !(note instanceof String)) {
            problems.add(new FieldProblem("criteria[" + index + "]", "description and note must be strings", null));
            return new BadgeForm.CriterionForm("", isRequired, "");
        }
        return new BadgeForm.CriterionForm((String) description, isRequired, note == null ? "" : (String) note);
    }

    /** UserBadges custom fields as an object of names to strings, numbers or booleans. */
    private String customFields() {
        Object value = fields.get("customFields");
        if (value == null) {
            return "";
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(new FieldProblem("customFields", "must be an object of names and values", null));
            return "";
        }
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object fieldValue = entry.getValue();
            if (!(fieldValue instanceof String || fieldValue instanceof Number || fieldValue instanceof Boolean)
                    || fieldValue.toString().contains("\n") || fieldValue.toString().contains("\r")) {
                problems.add(new FieldProblem("customFields." + entry.getKey(),
                        "must be a one-line string, a number or a boolean", null));
                return "";
            }
            lines.append(entry.getKey()).append(" = ").append(fieldValue).append('\n');
        }
        return lines.toString();
    }

    private static Object scalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean ? value : null;
    }

    /** {@code JavaScript Fundamentals} -> {@code javascript-fundamentals}, at most 50 characters. */
    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 50) {
            slug = slug.substring(0, 50).replaceAll("-+$", "");
        }
        return slug;
    }
}
