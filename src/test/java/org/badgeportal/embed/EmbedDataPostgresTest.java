package org.badgeportal.embed;

import org.badgeportal.support.PortalPostgresTest;

/** {@link EmbedDataTest} on PostgreSQL. */
@PortalPostgresTest
class EmbedDataPostgresTest extends EmbedDataTest {
}
