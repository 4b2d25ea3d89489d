package org.badgeportal.mail;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When mails are delivered: right after a transaction that queued mails commits (on a background thread, so the
 * request that caused the mail is not slowed down), and periodically for retries and for anything a restart
 * interrupted.
 *
 * <p>Commits and the schedule only ask for a run; nothing queues one task per mail. While a run is waiting to
 * start, further requests join it. A run delivers batches of at most {@code badges.mail.max-per-second} mails, one
 * batch a second, until nothing is due: a bulk award's ten thousand mails go out in the background at a pace the
 * SMTP relay accepts, on one thread, leaving the cores to the requests.
 */
@Component
class MailDispatchTriggers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailDispatchTriggers.class);

    private final MailDispatcher dispatcher;
    private final int batch;
    private final long nanosPerBatch;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-dispatch");
        thread.setDaemon(true);
        return thread;
    });
    /** True while a run is queued and has not started yet: a new request is then already covered. */
    private final AtomicBoolean runRequested = new AtomicBoolean();
    private final CountDownLatch stopping = new CountDownLatch(1);

    MailDispatchTriggers(MailDispatcher dispatcher, OutgoingMailProperties properties) {
        this.dispatcher = dispatcher;
        int perSecond = Math.max(1, properties.maxPerSecond());
        this.batch = Math.min(MailDispatcher.BATCH, perSecond);
        this.nanosPerBatch = TimeUnit.SECONDS.toNanos(batch) / perSecond;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(MailQueued queued) {
        requestRun();
    }

    /**
     * Retries and leftovers, on the delivery thread too: a long run never holds up the scheduler's other work.
     * With several instances one of them asks per interval (the lock is kept for the interval); the batch's row
     * locks keep a mail from being sent twice anyway.
     */
    @Scheduled(fixedDelayString = "${badges.mail.dispatch-interval:PT30S}")
    @SchedulerLock(name = "mail-retries", lockAtLeastFor = "${badges.mail.dispatch-interval:PT30S}")
    void periodically() {
        requestRun();
    }

    private void requestRun() {
        if (runRequested.compareAndSet(false, true)) {
            executor.execute(this::run);
        }
    }

    private void run() {
        runRequested.set(false); // mails committed from now on ask for the next run
        try {
            long started = System.nanoTime();
            while (dispatcher.dispatchBatch(batch) == batch) { // a full batch: more may be due
                long pause = nanosPerBatch - (System.nanoTime() - started);
                if (stopping.await(Math.max(0, pause), TimeUnit.NANOSECONDS)) {
                    return; // shutting down: the rest goes out after the next start
                }
                started = System.nanoTime();
            }
        } catch (RuntimeException e) {
            log.error("Mail delivery stopped; the next run retries: {}", MailDispatcher.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping.countDown();
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
