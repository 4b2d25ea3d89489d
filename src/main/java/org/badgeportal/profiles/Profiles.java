package org.badgeportal.profiles;

import java.time.Clock;
import java.util.Optional;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.Accounts;
import org.badgeportal.awards.AwardReads;
import org.badgeportal.collections.PublicCollections;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public profiles. Three selects whatever the number of awards: the account, its public awards grouped by badge
 * and its public collections. A private profile exists only for the account itself.
 */
@Service
@Transactional(readOnly = true)
public class Profiles {

    /** Badges per page of the profile (a grid of three columns). */
    static final int BADGES_PER_PAGE = 24;

    private final Accounts accounts;
    private final AwardReads awards;
    private final PublicCollections collections;
    private final Clock clock;

    Profiles(Accounts accounts, AwardReads awards, PublicCollections collections, Clock clock) {
        this.accounts = accounts;
        this.awards = awards;
        this.collections = collections;
        this.clock = clock;
    }

    /** The profile as {@code viewerAccountId} (null when anonymous) may see it, or empty when it may not. */
    public Optional<PublicProfile> find(String handle, Long viewerAccountId, int page) {
        Optional<VisibleAccount> visible = VisibleAccount.find(accounts, handle, viewerAccountId);
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        Account account = visible.get().account();
        boolean own = visible.get().own();
        return Optional.of(new PublicProfile(account.getDisplayName(), account.getHandle(),
                account.isProfilePublic(), own,
                awards.publicBadgeCounts(account.getId(), clock.instant(),
                        PageRequest.of(Math.max(page, 0), BADGES_PER_PAGE)).map(ProfileBadge::of),
                collections.linksOf(account.getId())));
    }
}
