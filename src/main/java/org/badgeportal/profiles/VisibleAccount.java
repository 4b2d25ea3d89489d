package org.badgeportal.profiles;

import java.util.Optional;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.Accounts;

/**
 * An account as a viewer may see it: a public profile to anyone, a private one to its owner only ({@code own}).
 * Everything a profile shows, on its page and through the API, starts here.
 */
record VisibleAccount(Account account, boolean own) {

    /** The account with that handle if {@code viewerAccountId} (null when anonymous) may see it. */
    static Optional<VisibleAccount> find(Accounts accounts, String handle, Long viewerAccountId) {
        return accounts.byHandle(handle)
                .map(account -> new VisibleAccount(account, account.getId().equals(viewerAccountId)))
                .filter(visible -> visible.own() || visible.account().isProfilePublic());
    }
}
