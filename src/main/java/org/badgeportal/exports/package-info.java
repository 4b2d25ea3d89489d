/**
 * Exports and restore: an issuer's owners download everything the issuer owns (one JSON document, and CSV files
 * of badges, awards and recipients), and a site administrator restores such a JSON document into this
 * installation, award ids and all, so that award pages and hosted Open Badges assertions keep working.
 *
 * <p>Both directions stream: {@link org.badgeportal.exports.IssuerExport} writes with Jackson's generator from
 * streamed queries ({@link org.badgeportal.exports.ExportQueries}), {@link org.badgeportal.exports.IssuerRestore}
 * reads with Jackson's parser and inserts in JDBC batches ({@link org.badgeportal.exports.RestoreWriter}).
 * The document's fields are named in {@link org.badgeportal.exports.ExportFormat}. Secrets never leave: no API
 * keys, no signing keys, no members.
 */
package org.badgeportal.exports;
