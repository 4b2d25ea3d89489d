package org.badgeportal.apis.portal;

import org.badgeportal.support.PortalPostgresTest;

/** {@link AwardsApiTest} on PostgreSQL. */
@PortalPostgresTest
class AwardsApiPostgresTest extends AwardsApiTest {
}
