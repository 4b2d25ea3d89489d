package org.badgeportal.accounts;

import org.badgeportal.support.PortalPostgresTest;

/** {@link SignupTest} on PostgreSQL. */
@PortalPostgresTest
class SignupPostgresTest extends SignupTest {
}
