package org.badgeportal.awards;

import org.badgeportal.support.PortalPostgresTest;

/** {@link BulkAwardTest} on PostgreSQL. */
@PortalPostgresTest
class BulkAwardPostgresTest extends BulkAwardTest {
}
