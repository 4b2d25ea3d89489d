package org.badgeportal.awards;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Simulates a failure in the middle of writing a bulk award: armed for the current thread only, it throws on the
 * n-th {@link AwardIssued} event (published while the awards are being written), so other tests never notice it.
 */
@Component
public class FailingAwardListener {

    private final ThreadLocal<Integer> remaining = new ThreadLocal<>();

    public void failOnAward(int number) {
        remaining.set(number);
    }

    public void disarm() {
        remaining.remove();
    }

    @EventListener
    void on(AwardIssued event) {
        Integer left = remaining.get();
        if (left == null) {
            return;
        }
        if (left <= 1) {
            remaining.remove();
            throw new IllegalStateException("Simulated failure while writing award " + event.awardId());
        }
        remaining.set(left - 1);
    }
}
