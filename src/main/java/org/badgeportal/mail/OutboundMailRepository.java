package org.badgeportal.mail;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OutboundMailRepository extends JpaRepository<OutboundMail, Long> {

    @Query("select m.id from OutboundMail m where m.status = :status and m.nextAttemptAt <= :now"
            + " order by m.nextAttemptAt")
    List<Long> findDueIds(MailStatus status, Instant now, Limit limit);

    /** Locks the rows of a batch, so two dispatchers (threads or app instances) never send the same mail twice. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutboundMail m where m.id in :ids order by m.id")
    List<OutboundMail> lockAllById(Collection<Long> ids);

    @Query(value = "select new org.badgeportal.mail.MailSummary(m.id, m.to, m.subject, m.status, m.createdAt)"
            + " from OutboundMail m order by m.createdAt desc, m.id desc",
            countQuery = "select count(m) from OutboundMail m")
    Page<MailSummary> findSummaries(Pageable pageable);

    /** [awardId, status] of the newest mail (ids grow) about each award. */
    @Query("select m.awardId, m.status from OutboundMail m where m.awardId in :awardIds and m.id ="
            + " (select max(n.id) from OutboundMail n where n.awardId = m.awardId)")
    List<Object[]> findLatestStatusByAward(Collection<Long> awardIds);
}
