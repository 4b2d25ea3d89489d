package org.badgeportal.apis.lite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lite call's parameters: the JSON body's fields, else the query parameters of the same name (a query
 * {@code payload} is JSON text, or else a plain string).
 */
record LiteParameters(JsonNode body, MultiValueMap<String, String> query) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MAX_TEXT = 320;

    LiteParameters {
        if (body != null && !body.isObject() && !body.isNull() && !body.isMissingNode()) {
            throw LiteController.invalid("body", "The body must be a JSON object such as {\"collection\": "
                    + "\"my_collection1\", \"user\": \"1\"}");
        }
    }

    /** A required text parameter; 400 when it is missing, empty or not a string. */
    String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw LiteController.invalid(name, name + " is required");
        }
        return value;
    }

    /** A text parameter or null; numbers are taken as their text. */
    String optional(String name) {
        JsonNode node = field(name);
        String value;
        if (node != null && !node.isNull()) {
            if (!node.isString() && !node.isIntegralNumber()) {
                throw LiteController.invalid(name, name + " must be a string");
            }
            value = node.isString() ? node.asString() : node.toString();
        } else {
            value = query == null ? null : query.getFirst(name);
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT && !name.equals("name")) {
            throw LiteController.invalid(name, name + " has at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    /** The payload as JSON text, or null when there is none. */
    String payload() {
        JsonNode node = field("payload");
        if (node != null) {
            return node.isNull() ? null : node.toString();
        }
        String text = query == null ? null : query.getFirst("payload");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text).toString();
        } catch (JacksonException notJson) {
            return JSON.getNodeFactory().stringNode(text).toString();
        }
    }

    /** {@code names}: a JSON array of strings or a comma-separated list (body or query); 400 when missing. */
    List<String> names() {
        JsonNode node = field("names");
        List<String> names = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode item : node) {
                if (!item.isString()) {
                    throw LiteController.invalid("names", "names must be strings");
                }
                names.add(item.asString());
            }
        } else if (node != null && node.isString()) {
            names.addAll(Arrays.asList(node.asString().split(",")));
        } else if (node != null && !node.isNull()) {
            throw LiteController.invalid("names", "names must be an array of names or a comma-separated list");
        } else if (query != null && query.get("names") != null) {
            query.get("names").forEach(value -> names.addAll(Arrays.asList(value.split(","))));
        }
        List<String> cleaned = names.stream().map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
        if (cleaned.isEmpty()) {
            throw LiteController.invalid("names", "names is required: an array of badge names or \"_all\"");
        }
        if (cleaned.size() > 1000) {
            throw LiteController.invalid("names", "At most 1000 names");
        }
        return cleaned;
    }

    private JsonNode field(String name) {
        return body == null ? null : body.get(name);
    }
}
