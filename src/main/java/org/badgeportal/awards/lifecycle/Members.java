package org.badgeportal.awards.lifecycle;

import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.Accounts;
import org.badgeportal.awards.AwardRefusal;
import org.badgeportal.awards.AwardRefusedException;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.springframework.stereotype.Component;

/** Who may act for an issuer here: its members, OWNER or STAFF (site administrators are not members). */
@Component
public class Members {

    private final IssuerService issuers;
    private final Accounts accounts;

    Members(IssuerService issuers, Accounts accounts) {
        this.issuers = issuers;
        this.accounts = accounts;
    }

    /** A reference to the acting account, or a FORBIDDEN refusal when it is not a member of the issuer. */
    public Account require(Issuer issuer, Long accountId) {
        if (!issuers.isMember(issuer, accountId)) {
            throw new AwardRefusedException(AwardRefusal.FORBIDDEN);
        }
        return accounts.reference(accountId);
    }
}
