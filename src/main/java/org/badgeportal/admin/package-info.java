/** Site administration: verifying issuers, the development mailbox. */
package org.badgeportal.admin;
