package org.badgeportal.apikeys;

/**
 * Who is calling an API: an issuer through one of its keys (or the sandbox), or an account through a personal
 * access token. Controllers get it from {@code ApiCallers}.
 */
public sealed interface ApiCredential permits IssuerCredential, PersonalCredential {
}
