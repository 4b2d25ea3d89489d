package org.badgeportal.badges;

import java.util.List;

/** One line of the dashboard's badge list: everything it shows, loaded inside the transaction. */
public record BadgeRow(long id, String slug, String name, String strapline, String imageSrc, String backgroundColor,
                       boolean listed, boolean archived, String programName, List<String> tags) {
}
