package org.badgeportal.mail;

import org.badgeportal.support.PortalPostgresTest;

/** {@link MailOutboxTest} on PostgreSQL. */
@PortalPostgresTest
class MailOutboxPostgresTest extends MailOutboxTest {
}
