package org.badgeportal.mail;

/** Published when a mail is stored; delivered right after the storing transaction commits. */
record MailQueued(Long mailId) {
}
