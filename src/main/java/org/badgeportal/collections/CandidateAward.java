package org.badgeportal.collections;

import java.time.Instant;

/** An accepted award of the account that is not yet in the collection being edited. */
public record CandidateAward(String publicId, String badgeName, String issuerName, Instant issuedAt) {
}
