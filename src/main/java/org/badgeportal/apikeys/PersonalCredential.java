package org.badgeportal.apikeys;

/** An account calling through one of its personal access tokens: its own awards and collections only. */
public record PersonalCredential(Long tokenId, Long accountId) implements ApiCredential {
}
