/**
 * Cross-cutting configuration: security, web, persistence base types, errors and the page layout's model; and the
 * small helpers every module shares (SHA-256 {@link org.badgeportal.system.Digests}, random tokens
 * {@link org.badgeportal.system.RandomTokens}, web links {@link org.badgeportal.system.HttpUrls}, unique-constraint
 * races {@link org.badgeportal.system.UniqueConstraints}, hardened XML {@link org.badgeportal.system.SecureXml}).
 */
package org.badgeportal.system;
