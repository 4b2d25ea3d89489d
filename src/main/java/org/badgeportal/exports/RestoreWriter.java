package org.badgeportal.exports;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The restore's writes: plain JDBC inserts, batched {@value #BATCH} rows at a time, joined to the caller's
 * transaction. Ids come from the entities' sequence in Hibernate's own blocks of 50 (the sequence value is the
 * block's last id, as Hibernate's pooled optimizer reads it), so restored rows and rows Hibernate creates later
 * never collide.
 */
@Component
class RestoreWriter {

    static final int BATCH = 1000;
    private static final int BLOCK = 50;

    private final JdbcTemplate jdbc;
    private final String nextBlockSql;

    RestoreWriter(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.nextBlockSql = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
            .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString("entity_seq");
    }

    /** A new id source for one restore (not shared between threads). */
    Ids ids() {
        return new Ids();
    }

    /** Rows for one table, written whenever {@value #BATCH} are waiting, and by {@link #flush()}. */
    Batch batch(String sql, int... types) {
        return new Batch(sql, types);
    }

    long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    final class Ids {
        private long next = 1;
        private long last = 0;

        long next() {
            if (next > last) {
                long value = nextValue();
                if (value < BLOCK) {
                    // A sequence never used before: its first value is Hibernate's, take the next block.
                    value = nextValue();
                }
                last = value;
                next = value - BLOCK + 1;
            }
            return next++;
        }

        private long nextValue() {
            Long value = jdbc.queryForObject(nextBlockSql, Long.class);
            if (value == null) {
                throw new IllegalStateException("entity_seq gave no value");
            }
            return value;
        }
    }

    final class Batch {
        private final String sql;
        private final int[] types;
        private final List<Object[]> rows = new ArrayList<>();
        private long written;

        private Batch(String sql, int[] types) {
            this.sql = sql;
            this.types = types;
        }

        void add(Object... row) {
            rows.add(row);
            if (rows.size() >= BATCH) {
                flush();
            }
        }

        int pending() {
            return rows.size();
        }

        void flush() {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(sql, rows, types);
                written += rows.size();
                rows.clear();
            }
        }

        long written() {
            return written + rows.size();
        }
    }

    static final int ID = Types.BIGINT;
    static final int TEXT = Types.VARCHAR;
    static final int TIME = Types.TIMESTAMP_WITH_TIMEZONE;
    static final int FLAG = Types.BOOLEAN;
    static final int INT = Types.INTEGER;
    static final int BYTES = Types.BINARY;
}
