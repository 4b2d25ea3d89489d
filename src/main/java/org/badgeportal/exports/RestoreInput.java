package org.badgeportal.exports;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;
import org.badgeportal.images.ImageService;
import tools.jackson.databind.JsonNode;

/**
 * Reads one value of an export's JSON object, checked as strictly as the portal's own forms check it (lengths
 * of the columns, http(s) URLs, known enum names); a wrong value refuses the whole file, naming its JSON path.
 */
final class RestoreInput {

    private static final Pattern ISSUER_SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");
    private static final Pattern SLUG = Pattern.compile("[^/\\\\\\s?#%]+");

    private final JsonNode node;
    private final String path;

    RestoreInput(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw RestoreRefusedException.notAnExport(path);
        }
        this.node = node;
        this.path = path;
    }

    String path(String field) {
        return path + "." + field;
    }

    JsonNode raw(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    String text(String field, int maxLength) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        if (!value.isString() || value.asString().length() > maxLength) {
            throw RestoreRefusedException.notAnExport(path(field));
        }
        return value.asString();
    }

    String required(String field, int maxLength) {
        String value = text(field, maxLength);
        if (value == null || value.isBlank()) {
            throw RestoreRefusedException.notAnExport(path(field));
        }
        return value;
    }

    String issuerSlug(String field) {
        return matching(field, 50, ISSUER_SLUG);
    }

    String slug(String field) {
        return matching(field, 50, SLUG);
    }

    private String matching(String field, int maxLength, Pattern pattern) {
        String value = required(field, maxLength);
        if (!pattern.matcher(value).matches()) {
            throw RestoreRefusedException.notAnExport(path(field));
        }
        return value;
    }

    /** An http(s) URL or null. */
    String url(String field) {
        String value = text(field, ImageService.MAX_URL_LENGTH);
        if (value != null && !ImageService.isHttpUrl(value)) {
            throw RestoreRefusedException.notAnExport(path(field));
        }
        return value;
    }

    boolean flag(String field) {
        JsonNode value = raw(field);
        if (value == null || !value.isBoolean()) {
            throw RestoreRefusedException.notAnExport(path(field));
        }
        return value.asBoolean();
    }

    Integer number(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        if (!value.isInt() || value.asInt() < 0) {
            throw RestoreRefusedException.notAnExport(path(field));
        }
        return value.asInt();
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
        String value = text(field, 32);
        if (value == null && !required) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RestoreRefusedException.notAnExport(path(field));
        }
    }

    Instant instant(String field, boolean required) {
        String value = text(field, 40);
        if (value == null) {
            if (required) {
                throw RestoreRefusedException.notAnExport(path(field));
            }
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw RestoreRefusedException.notAnExport(path(field));
        }
    }

    /** The bytes of {@code {"contentType": ..., "base64": ...}}, or null when there is no image. */
    byte[] imageBytes(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        RestoreInput image = new RestoreInput(value, path(field));
        try {
            return Base64.getDecoder().decode(image.required("base64", Integer.MAX_VALUE));
        } catch (IllegalArgumentException e) {
            throw RestoreRefusedException.notAnExport(image.path("base64"));
        }
    }

    /** Each element of an array field (missing: none), as inputs or text. */
    JsonNode array(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw RestoreRefusedException.notAnExport(path(field));
        }
        return value;
    }

    JsonNode object(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        if (!value.isObject()) {
            throw RestoreRefusedException.notAnExport(path(field));
        }
        return value;
    }

    /** A string element of an array field. */
    static String element(JsonNode value, String path, int maxLength) {
        if (value == null || !value.isString() || value.asString().isBlank() || value.asString().length() > maxLength) {
            throw RestoreRefusedException.notAnExport(path);
        }
        return value.asString();
    }
}
