/**
 * Open Badges 3.0: every accepted award as a W3C Verifiable Credential ({@code OpenBadgeCredential}) secured with
 * a Data Integrity proof ({@code eddsa-rdfc-2022}) under its issuer's own Ed25519 key, named by a {@code did:key}.
 */
package org.badgeportal.credentials;
