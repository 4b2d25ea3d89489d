package org.badgeportal.awards;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.badgeportal.awards.lifecycle.AwardRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * What other modules may read about awards: an earner's awards by state, the pending count of the navigation,
 * the badges a public profile shows. Changes go through {@link AwardService}.
 */
@Service
public class AwardReads {

    private final AwardRepository awards;

    AwardReads(AwardRepository awards) {
        this.awards = awards;
    }

    /** The award with that public id, in any state. */
    public Optional<Award> find(String publicId) {
        return awards.findByPublicId(publicId);
    }

    /** A page of the account's awards in that state. */
    public Page<Award> ofAccount(Long accountId, AwardStatus status, Pageable pageable) {
        return awards.findForAccount(accountId, status, pageable);
    }

    /** The first awards of the account in that state, in the page's order, without counting them all. */
    public List<Award> firstOfAccount(Long accountId, AwardStatus status, Pageable pageable) {
        return awards.findFirstForAccount(accountId, status, pageable);
    }

    /** Awards waiting for the account to accept or decline. */
    public long pendingOf(Long accountId) {
        return awards.countPendingForAccount(accountId);
    }

    /** The account's accepted, unexpired badges as a public profile shows them, one row per badge. */
    public Page<PublicBadgeCount> publicBadgeCounts(Long accountId, Instant now, Pageable pageable) {
        return awards.findPublicBadgeCountPage(accountId, now, pageable);
    }
}
