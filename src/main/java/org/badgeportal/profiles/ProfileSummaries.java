package org.badgeportal.profiles;

import java.util.List;
import org.badgeportal.awards.AwardStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-account figures of {@link ProfileSummary}, in two selects. Pending and declined awards are not public
 * (src/docs/DESIGN.md): show these figures to the account itself or to callers allowed to see them, never on a
 * public page.
 */
@Service
@Transactional(readOnly = true)
public class ProfileSummaries {

    private final ProfileQueries queries;

    ProfileSummaries(ProfileQueries queries) {
        this.queries = queries;
    }

    public ProfileSummary of(Long accountId) {
        List<Object[]> received = queries.countReceivedByStatus(accountId);
        long total = received.stream().mapToLong(row -> (Long) row[1]).sum();
        return new ProfileSummary(queries.countIssuedBy(accountId), total,
                queries.count(received, AwardStatus.ACCEPTED),
                queries.count(received, AwardStatus.PENDING));
    }
}
