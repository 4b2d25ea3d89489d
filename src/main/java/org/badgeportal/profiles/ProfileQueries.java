package org.badgeportal.profiles;

import java.util.List;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardStatus;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Counts behind {@link ProfileSummary}. */
interface ProfileQueries extends Repository<Award, Long> {

    @Query("""
            select count(a) from Award a
            where a.issuedBy.id = :accountId and a.status <> org.badgeportal.awards.AwardStatus.REVOKED""")
    long countIssuedBy(@Param("accountId") Long accountId);

    /** Pairs of (status, count) of the awards received by the account. */
    @Query("""
            select a.status, count(a) from Award a
            where a.recipient.account.id = :accountId and a.status <> org.badgeportal.awards.AwardStatus.REVOKED
            group by a.status""")
    List<Object[]> countReceivedByStatus(@Param("accountId") Long accountId);

    default long count(List<Object[]> rows, AwardStatus status) {
        return rows.stream().filter(row -> row[0] == status).mapToLong(row -> (Long) row[1]).sum();
    }
}
