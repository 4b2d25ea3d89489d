package org.badgeportal.system;

import org.badgeportal.support.PortalPostgresTest;

/** {@link PortalStartsTest} on PostgreSQL. */
@PortalPostgresTest
class PortalStartsPostgresTest extends PortalStartsTest {
}
