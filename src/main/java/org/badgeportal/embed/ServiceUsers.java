package org.badgeportal.embed;

import java.util.List;
import java.util.Map;

/** What users.json answers: the badges the listed users hold (by name, in sort order) and the users. */
record ServiceUsers(Map<String, EmbedBadge> badges, List<EmbedUser> users) {
}
