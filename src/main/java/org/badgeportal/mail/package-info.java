/** Mail: an outbox stored with each change, delivered through SMTP or kept in the development mailbox. */
package org.badgeportal.mail;
