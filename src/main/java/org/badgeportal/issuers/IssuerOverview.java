package org.badgeportal.issuers;

/** What the dashboard's overview shows; {@code role} is the viewer's role in the issuer. */
public record IssuerOverview(Issuer issuer, MembershipRole role, long badges, long archivedBadges, long members) {

    public boolean owner() {
        return role == MembershipRole.OWNER;
    }
}
