package org.badgeportal.awards;

import org.badgeportal.support.PortalPostgresTest;

/** {@link AwardLifecycleTest} on PostgreSQL. */
@PortalPostgresTest
class AwardLifecyclePostgresTest extends AwardLifecycleTest {
}
