package org.badgeportal.apis.lite;

/** One award as the lite API shows it; {@code payload} is the stored JSON text (or null). */
record LiteBadge(String name, String user, String payload, String createdAt) {
}
