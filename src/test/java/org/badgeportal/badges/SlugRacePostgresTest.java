package org.badgeportal.badges;

import org.badgeportal.support.PortalPostgresTest;

/** {@link SlugRaceTest} on PostgreSQL. */
@PortalPostgresTest
class SlugRacePostgresTest extends SlugRaceTest {
}
