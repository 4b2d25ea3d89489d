package org.badgeportal.apis.userbadges;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.badgeportal.apis.ApiError;
import org.badgeportal.apis.ApiException;
import org.badgeportal.system.HttpUrls;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * One badge of a {@code PUT /v1/{service}/badges.json} body: the slug and the fields the request gives. Absent
 * fields stay as they are; {@code customFields} maps a field to its JSON literal, or to null to remove it.
 */
record BadgeDefinition(String slug, String title, boolean hasDescription, String description, String type,
                       String image, Map<String, String> customFields) {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_SLUG = 50;
    static final int MAX_TITLE = 255;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_FIELD_NAME = 64;
    static final int MAX_FIELD_VALUE = 2000;
    static final int MAX_CUSTOM_FIELDS = 50;
    static final int MAX_BADGES = 1000;
    /** Figures the server computes: sent back by clients that PUT what they read, and ignored. */
    static final Set<String> COMPUTED = Set.of("count", "latest", "globalCount", "globalLatest");

    /** The definitions of a body {@code {"badges": [{...}, ...]}}; a 400 that says why for anything else. */
    static List<BadgeDefinition> parseAll(JsonNode body) {
        JsonNode list = body == null ? null : body.get("badges");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw invalid("badges", "The body must be {\"badges\": [{\"name\": \"a-slug\", ...}, ...]}", null);
        }
        if (list.size() > MAX_BADGES) {
            throw invalid("badges", "At most " + MAX_BADGES + " badges per request", list.size());
        }
        List<BadgeDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            definitions.add(parse(list.get(i), "badges[" + i + "]"));
        }
        return definitions;
    }

    private static BadgeDefinition parse(JsonNode badge, String at) {
        if (badge == null || !badge.isObject()) {
            throw invalid(at, "Each badge must be an object with a name", null);
        }
        String slug = slug(badge.get("name"), at + ".name");
        String title = null;
        boolean hasDescription = false;
        String description = null;
        String type = null;
        String image = null;
        Map<String, String> custom = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : badge.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            String path = at + "." + name;
            switch (name) {
                case "name" -> { }
                case "title" -> title = text(value, path, MAX_TITLE, false);
                case "description" -> {
                    hasDescription = true;
                    description = text(value, path, MAX_DESCRIPTION, true);
                }
                case "type" -> {
                    if (value.isString() && value.asString().length() <= MAX_TITLE
                            && value.asString().chars().noneMatch(Character::isISOControl)) {
                        type = value.asString();
                    }
                    custom.put(name, literal(value, path));
                }
                case "image" -> image = imageUrl(value, path);
                default -> {
                    if (COMPUTED.contains(name)) {
                        continue;
                    }
                    if (name.isBlank() || name.length() > MAX_FIELD_NAME) {
                        throw invalid(path, "Custom field names have 1 to " + MAX_FIELD_NAME + " characters", name);
                    }
                    requirePrintable(name, path);
                    custom.put(name, literal(value, path));
                }
            }
        }
        if (custom.size() > MAX_CUSTOM_FIELDS) {
            throw invalid(at, "A badge has at most " + MAX_CUSTOM_FIELDS + " custom fields", custom.size());
        }
        return new BadgeDefinition(slug, title, hasDescription, description, type, image, custom);
    }

    /** A badge name of a request: a slug, or a 400 that says why not. */
    static String slug(JsonNode name, String at) {
        if (name == null || !name.isString()) {
            throw invalid(at, "Each badge needs a name (a string)", name == null ? null : name.toString());
        }
        return slug(name.asString(), at);
    }

    static String slug(String name, String at) {
        if (name.isEmpty() || name.length() > MAX_SLUG) {
            throw invalid(at, "Badge name '" + name + "' must have 1 to " + MAX_SLUG + " characters", name);
        }
        if (!SLUG.matcher(name).matches()) {
            throw invalid(at, "Badge name '" + name + "' is not a slug: use lowercase letters a-z, digits and "
                    + "single dashes between them (like 'top-commenter')", name);
        }
        return name;
    }

    private static String text(JsonNode value, String at, int max, boolean nullable) {
        if (value.isNull() && nullable) {
            return null;
        }
        if (!value.isString() || value.asString().isBlank() || value.asString().length() > max) {
            throw invalid(at, at.substring(at.lastIndexOf('.') + 1) + " must be a text of 1 to " + max
                    + " characters", value.toString());
        }
        requirePrintable(value.asString(), at);
        return value.asString().strip();
    }

    private static String imageUrl(JsonNode value, String at) {
        if (value.isNull()) {
            return null;
        }
        String url = value.isString() ? value.asString().strip() : "";
        if (url.length() <= 2048 && HttpUrls.isHttpUrl(url)) {
            return url;
        }
        throw invalid(at, "image must be an http(s) address of at most 2048 characters", value.toString());
    }

    private static String literal(JsonNode value, String at) {
        if (value.isNull()) {
            return null;
        }
        String literal = value.toString();
        if (literal.length() > MAX_FIELD_VALUE) {
            throw invalid(at, "A custom field's value is at most " + MAX_FIELD_VALUE + " characters of JSON", null);
        }
        return literal;
    }

    /** Control characters (other than line breaks and tabs) are refused: no database keeps a NUL. */
    static void requirePrintable(String text, String at) {
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw invalid(at, at.substring(at.lastIndexOf('.') + 1) + " must not contain control characters", null);
        }
    }

    static ApiException invalid(String field, String message, Object value) {
        return new ApiException(new ApiError(HttpStatus.BAD_REQUEST, "ValidationError", message,
                List.of(new ApiError.FieldProblem(field, message, value))));
    }
}
