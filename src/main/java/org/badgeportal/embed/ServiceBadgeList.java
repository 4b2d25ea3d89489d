package org.badgeportal.embed;

import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answer of {@code GET /v1/{service}/badges.json} (sorted by name, never cached), for the UserBadges write API
 * whose badge changes answer with the service's badge list. Unknown services throw
 * {@link org.badgeportal.system.NotFoundException}.
 */
@Component
public class ServiceBadgeList {

    private final EmbedService embed;

    ServiceBadgeList(EmbedService embed) {
        this.embed = embed;
    }

    public ObjectNode badges(String service) {
        return EmbedJson.badges(embed.badges(service, EmbedSort.NAME));
    }
}
