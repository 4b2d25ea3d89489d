package org.badgeportal.embed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The response bodies of the UserBadges API's reads, built as JSON trees. */
public final class EmbedJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** Fields the portal computes; a custom field of the same name never replaces them. */
    private static final Set<String> COMPUTED = Set.of("name", "title", "description", "count", "latest",
            "globalCount", "globalLatest", "image", "link");

    private EmbedJson() {
    }

    /** {@code {"badges": [{name, description, count, latest, title, image, link, custom fields...}]}}. */
    public static ObjectNode badges(List<EmbedBadge> badges) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("badges");
        badges.forEach(badge -> list.add(badge(badge).put("name", badge.name())));
        return body;
    }

    /** {@code {"badges": {name: {...}}, "users": [{"badges": [{count, latest, name}], "latest", "name"}]}}. */
    public static ObjectNode users(ServiceUsers answer) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode badges = body.putObject("badges");
        answer.badges().forEach((name, badge) -> badges.set(name, badge(badge)));
        ArrayNode users = body.putArray("users");
        for (EmbedUser user : answer.users()) {
            ObjectNode node = users.addObject();
            ArrayNode held = node.putArray("badges");
            user.badges().forEach(holding -> held.addObject().put("count", holding.count())
                    .put("latest", date(holding.latest())).put("name", holding.name()));
            node.put("latest", date(user.latest()));
            node.put("name", user.name());
        }
        return body;
    }

    private static ObjectNode badge(EmbedBadge badge) {
        ObjectNode node = JSON.createObjectNode();
        node.put("count", badge.globalCount());
        node.put("description", badge.description());
        node.put("latest", date(badge.globalLatest()));
        node.put("title", badge.title());
        node.put("image", badge.image());
        node.put("link", badge.link());
        badge.customFields().forEach((field, literal) -> {
            if (!COMPUTED.contains(field)) {
                node.set(field, value(literal));
            }
        });
        return node;
    }

    /** The text of a JSON string literal, or null for anything else. */
    static String stringValue(String literal) {
        if (literal == null) {
            return null;
        }
        JsonNode node = value(literal);
        return node.isString() ? node.asString() : null;
    }

    private static JsonNode value(String literal) {
        try {
            return JSON.readTree(literal);
        } catch (JacksonException e) {
            return JSON.getNodeFactory().stringNode(literal);
        }
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }
}
