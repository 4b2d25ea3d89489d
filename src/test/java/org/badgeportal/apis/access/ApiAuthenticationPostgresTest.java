package org.badgeportal.apis.access;

import org.badgeportal.support.PortalPostgresTest;

/** {@link ApiAuthenticationTest} on PostgreSQL. */
@PortalPostgresTest
class ApiAuthenticationPostgresTest extends ApiAuthenticationTest {
}
