package org.badgeportal.awards.lifecycle;

import org.badgeportal.awards.AwardRefusal;
import org.badgeportal.awards.AwardRefusedException;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.AccountRepository;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRepository;
import org.springframework.stereotype.Component;

/** Who may act for an issuer here: its members, OWNER or STAFF (site administrators are not members). */
@Component
public class Members {

    private final MembershipRepository memberships;
    private final AccountRepository accounts;

    Members(MembershipRepository memberships, AccountRepository accounts) {
        this.memberships = memberships;
        this.accounts = accounts;
    }

    /** A reference to the acting account, or a FORBIDDEN refusal when it is not a member of the issuer. */
    public Account require(Issuer issuer, Long accountId) {
        if (accountId == null || memberships.findByIssuerAndAccountId(issuer, accountId).isEmpty()) {
            throw new AwardRefusedException(AwardRefusal.FORBIDDEN);
        }
        return accounts.getReferenceById(accountId);
    }
}
