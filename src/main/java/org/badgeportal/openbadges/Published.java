package org.badgeportal.openbadges;

/** What the address of one award's assertion answers: the assertion, the news that it was revoked, or nothing. */
sealed interface Published {

    /** An accepted award (expired ones too: their assertion says when). {@code art} is only set for baking. */
    record Found(ObDocuments.Assertion assertion, BadgeArt art) implements Published {
    }

    /** 410 Gone. */
    record Revoked(ObDocuments.RevokedAssertion notice) implements Published {
    }

    /** 404: unknown, pending or declined (those exist only for the recipient and the issuer). */
    record Missing() implements Published {
    }
}
