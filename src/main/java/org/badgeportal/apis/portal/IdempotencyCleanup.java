package org.badgeportal.apis.portal;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Forgets idempotency keys after {@link #KEEP}: a retry later than that is a new call. One instance at a time. */
@Component
public class IdempotencyCleanup {

    static final Duration KEEP = Duration.ofHours(24);

    private final IdempotentRequests requests;
    private final Clock clock;

    IdempotencyCleanup(IdempotentRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** How many keys were forgotten; null when another instance holds the job's lock and this run is skipped. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "idempotency-cleanup")
    @Transactional
    public Integer forgetOldKeys() {
        return requests.deleteOlderThan(clock.instant().minus(KEEP));
    }
}
