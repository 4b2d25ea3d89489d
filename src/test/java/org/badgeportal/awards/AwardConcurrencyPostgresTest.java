package org.badgeportal.awards;

import org.badgeportal.support.PortalPostgresTest;

/** {@link AwardConcurrencyTest} on PostgreSQL. */
@PortalPostgresTest
class AwardConcurrencyPostgresTest extends AwardConcurrencyTest {
}
