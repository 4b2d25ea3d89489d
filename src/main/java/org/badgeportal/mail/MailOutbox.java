package org.badgeportal.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every feature puts the mails it sends. The mail is stored in the caller's transaction: it is never lost,
 * and never sent for a change that was rolled back. Delivery happens after the commit ({@link MailDispatcher}).
 */
@Service
public class MailOutbox {

    private final OutboundMailRepository mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailOutbox(OutboundMailRepository mails, ApplicationEventPublisher events, Clock clock) {
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /** Queues a plain-text mail; joins the caller's transaction (or starts one). */
    @Transactional
    public void queue(String to, String subject, String body) {
        queue(to, subject, body, null);
    }

    /** Queues a mail about an award, so that {@link #latestStatusByAward} can tell the issuer what became of it. */
    @Transactional
    public void queue(String to, String subject, String body, Long awardId) {
        OutboundMail mail = mails.save(new OutboundMail(to, subject, body, clock.instant(), awardId));
        events.publishEvent(new MailQueued(mail.getId()));
    }

    /** The state of the newest mail about each of these awards (at most 1000), in one query; awards without mail are missing. */
    @Transactional(readOnly = true)
    public Map<Long, MailStatus> latestStatusByAward(Collection<Long> awardIds) {
        Map<Long, MailStatus> result = new HashMap<>();
        if (!awardIds.isEmpty()) {
            mails.findLatestStatusByAward(awardIds).forEach(row -> result.put((Long) row[0], (MailStatus) row[1]));
        }
        return result;
    }
}
