package org.badgeportal.awards.lifecycle;

import java.util.Optional;
import java.util.function.Supplier;
import org.badgeportal.awards.AwardRefusal;
import org.badgeportal.awards.AwardRefusedException;
import org.springframework.dao.PessimisticLockingFailureException;

/** Runs a row-lock query; a lock not granted in the database's wait time becomes a {@code BUSY} refusal. */
public final class Locking {

    private Locking() {
    }

    public static <T> T lock(Supplier<Optional<T>> query) {
        Optional<T> row;
        try {
            row = query.get();
        } catch (PessimisticLockingFailureException e) {
            throw new AwardRefusedException(AwardRefusal.BUSY);
        }
        return row.orElseThrow(() -> new AwardRefusedException(AwardRefusal.NOT_FOUND));
    }
}
