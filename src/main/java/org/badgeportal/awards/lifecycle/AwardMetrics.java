package org.badgeportal.awards.lifecycle;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.badgeportal.awards.AwardIssued;
import org.badgeportal.awards.AwardRevoked;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts awards for the operator's metrics ({@code badges_awards_issued_total} and
 * {@code badges_awards_revoked_total} at {@code /actuator/prometheus}): only once the award's transaction has
 * committed, so a bulk award that rolls back counts nothing.
 */
@Component
class AwardMetrics {

    private final Counter issued;
    private final Counter revoked;

    AwardMetrics(MeterRegistry registry) {
        this.issued = Counter.builder("badges.awards.issued").description("Awards issued (all ways, all issuers)")
                .register(registry);
        this.revoked = Counter.builder("badges.awards.revoked").description("Awards revoked").register(registry);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AwardIssued event) {
        issued.increment();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AwardRevoked event) {
        revoked.increment();
    }
}
