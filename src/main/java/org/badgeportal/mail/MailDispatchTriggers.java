package org.badgeportal.mail;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When mails are delivered: right after the transaction that queued them commits (on a small executor, so the
 * request that caused the mail is not slowed down), and periodically for retries and for anything a restart
 * interrupted.
 */
@Component
class MailDispatchTriggers implements DisposableBean {

    private final MailDispatcher dispatcher;
    private final ExecutorService executor;

    MailDispatchTriggers(MailDispatcher dispatcher) {
        this.dispatcher = dispatcher;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "mail-dispatch-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(MailQueued queued) {
        executor.execute(() -> dispatcher.dispatch(queued.mailId()));
    }

    @Scheduled(fixedDelayString = "${badges.mail.dispatch-interval:PT30S}")
    void periodically() {
        dispatcher.dispatchDue();
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
