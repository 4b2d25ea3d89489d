package org.badgeportal.mail;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the outbox for the administrator's mailbox pages. */
@Service
@Transactional(readOnly = true)
public class DevelopmentMailbox {

    public static final int PAGE_SIZE = 20;

    private final OutboundMailRepository mails;

    DevelopmentMailbox(OutboundMailRepository mails) {
        this.mails = mails;
    }

    /** Newest first. */
    public Page<MailSummary> page(int page) {
        return mails.findSummaries(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    }

    public Optional<MailDetails> find(long id) {
        return mails.findById(id).map(MailDetails::of);
    }
}
