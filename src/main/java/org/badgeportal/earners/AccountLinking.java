package org.badgeportal.earners;

import org.badgeportal.accounts.Accounts;
import org.badgeportal.accounts.EmailVerified;
import org.badgeportal.awards.AwardService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Awards sent to an address before (or while) its account existed show up on {@code /me} once the address is
 * verified: linking runs in the verifying transaction. (A new account is not verified yet at sign-up, so
 * linking then would find nothing; awards made to a verified address later are linked when they are issued.)
 */
@Component
class AccountLinking {

    private final AwardService awards;
    private final Accounts accounts;

    AccountLinking(AwardService awards, Accounts accounts) {
        this.awards = awards;
        this.accounts = accounts;
    }

    @EventListener
    void emailVerified(EmailVerified event) {
        awards.linkVerifiedAccount(accounts.reference(event.accountId()));
    }
}
