package org.badgeportal.profiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.Accounts;
import org.badgeportal.awards.AwardStatus;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's summary for the portal API (the BitBadges API's user): award ids issued, received,
 * accepted and pending, and collection names. Strangers see only what is public (accepted, unexpired awards;
 * public collections; nothing of a private profile); pending and declined awards only the account itself.
 * Four selects, each list capped at {@value #MAX_LISTED} ids.
 */
@Service
@Transactional(readOnly = true)
public class UserSummaries {

    static final int MAX_LISTED = 1000;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UserSummary(String handle, String displayName, List<String> badgesIssued, List<String> badgesReceived,
                       List<String> badgesAccepted, List<String> badgesPending, List<String> badgesDeclined,
                       List<String> collections) {
    }

    private final Accounts accounts;
    private final UserApiQueries queries;
    private final Clock clock;

    UserSummaries(Accounts accounts, UserApiQueries queries, Clock clock) {
        this.accounts = accounts;
        this.queries = queries;
        this.clock = clock;
    }

    public Optional<UserSummary> find(String handle, Long viewerAccountId) {
        Optional<VisibleAccount> visible = VisibleAccount.find(accounts, handle, viewerAccountId);
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        Account account = visible.get().account();
        boolean own = visible.get().own();
        Instant now = clock.instant();
        List<String> received = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> declined = new ArrayList<>();
        for (Object[] row : queries.received(account.getId(), Limit.of(4 * MAX_LISTED))) {
            String id = (String) row[0];
            AwardStatus status = (AwardStatus) row[1];
            Instant expiresAt = (Instant) row[2];
            boolean publicNow = status == AwardStatus.ACCEPTED && (expiresAt == null || expiresAt.isAfter(now));
            if (own || publicNow) {
                add(received, id);
            }
            if (status == AwardStatus.ACCEPTED && (own || publicNow)) {
                add(accepted, id);
            } else if (status == AwardStatus.PENDING) {
                add(pending, id);
            } else if (status == AwardStatus.DECLINED) {
                add(declined, id);
            }
        }
        return Optional.of(new UserSummary(account.getHandle(), account.getDisplayName(),
                queries.issued(account.getId(), own, now, Limit.of(MAX_LISTED)), received, accepted,
                own ? pending : List.of(), own ? declined : null,
                queries.collections(account.getId(), own, Limit.of(MAX_LISTED))));
    }

    private static void add(List<String> list, String id) {
        if (list.size() < MAX_LISTED) {
            list.add(id);
        }
    }
}
