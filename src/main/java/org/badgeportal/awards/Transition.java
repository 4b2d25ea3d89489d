package org.badgeportal.awards;

/** The result of accept, decline or revoke: the state before and after (equal when nothing changed). */
public record Transition(String publicId, AwardStatus from, AwardStatus to) {

    public boolean changed() {
        return from != to;
    }
}
