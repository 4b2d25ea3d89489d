package org.badgeportal.awards.bulk;

import org.badgeportal.support.PortalPostgresTest;

/** {@link BulkAwardTest} on PostgreSQL. */
@PortalPostgresTest
class BulkAwardPostgresTest extends BulkAwardTest {
}
