package org.badgeportal.earners;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.badgeportal.awards.AwardReads;
import org.badgeportal.awards.AwardStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in person's award pages show, read in one transaction each with a fixed number of queries
 * (cards are built from awards fetched with badge, issuer and recipient).
 */
@Service
@Transactional(readOnly = true)
class MyAwards {

    static final int PAGE_SIZE = 20;
    static final int RECENTLY_ACCEPTED = 6;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.desc("id"));

    /** {@code /me}: the pending awards (a page of them) first, then the most recently accepted ones. */
    record Overview(StatusCounts counts, Page<AwardCard> pending, List<AwardCard> recentlyAccepted) {
    }

    /** {@code /me/awards?status=...}: one page of the awards in one state. */
    record Listing(AwardStatus status, StatusCounts counts, Page<AwardCard> awards) {
    }

    private final AwardReads awards;
    private final EarnerQueries queries;
    private final Clock clock;

    MyAwards(AwardReads awards, EarnerQueries queries, Clock clock) {
        this.awards = awards;
        this.queries = queries;
        this.clock = clock;
    }

    Overview overview(Long accountId, int page) {
        Instant now = clock.instant();
        Page<AwardCard> pending = page(accountId, AwardStatus.PENDING, page, PAGE_SIZE, now);
        List<AwardCard> accepted = awards.firstOfAccount(accountId, AwardStatus.ACCEPTED,
                PageRequest.of(0, RECENTLY_ACCEPTED, NEWEST_FIRST)).stream().map(award -> AwardCard.of(award, now))
                .toList();
        return new Overview(counts(accountId), pending, accepted);
    }

    Listing listing(Long accountId, AwardStatus status, int page) {
        return new Listing(status, counts(accountId), page(accountId, status, page, PAGE_SIZE, clock.instant()));
    }

    /** The account's own award as a card; empty when there is no such award or it is somebody else's. */
    Optional<AwardCard> card(Long accountId, String publicId) {
        return queries.findOwn(publicId, accountId).map(award -> AwardCard.of(award, clock.instant()));
    }

    StatusCounts counts(Long accountId) {
        return StatusCounts.of(queries.countByStatus(accountId));
    }

    private Page<AwardCard> page(Long accountId, AwardStatus status, int page, int size, Instant now) {
        Pageable pageable = PageRequest.of(Math.max(page, 0), size, NEWEST_FIRST);
        return awards.ofAccount(accountId, status, pageable).map(award -> AwardCard.of(award, now));
    }
}
