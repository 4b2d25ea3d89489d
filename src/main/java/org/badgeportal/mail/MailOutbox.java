package org.badgeportal.mail;

import java.time.Clock;
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
        OutboundMail mail = mails.save(new OutboundMail(to, subject, body, clock.instant()));
        events.publishEvent(new MailQueued(mail.getId()));
    }
}
