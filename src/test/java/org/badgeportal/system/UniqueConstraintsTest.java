package org.badgeportal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** The constraint is found from what H2 and PostgreSQL report, with or without Hibernate's reading of it. */
class UniqueConstraintsTest {

    private static DataIntegrityViolationException failure(Throwable cause) {
        return new DataIntegrityViolationException("could not execute statement", cause);
    }

    @Test
    void readsARealH2Violation() throws SQLException {
        SQLException error;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:unique-constraints");
             Statement statement = connection.createStatement()) {
            statement.execute("create table thing (id int primary key, slug varchar(20),"
                    + " constraint uk_thing_slug unique (slug))");
            statement.execute("insert into thing values (1, 'a')");
            error = catchThrowableOfType(SQLException.class,
                    () -> statement.execute("insert into thing values (2, 'a')"));
        }

        assertThat(UniqueConstraints.violated(failure(error), "uk_thing_slug")).isTrue();
        assertThat(UniqueConstraints.violated(failure(error), "uk_other_slug")).isFalse();

        String name = new H2Dialect().getViolatedConstraintNameExtractor().extractConstraintName(error);
        DataIntegrityViolationException viaHibernate =
                failure(new ConstraintViolationException("could not execute statement", error, name));
        assertThat(UniqueConstraints.violated(viaHibernate, "uk_thing_slug")).isTrue();
        assertThat(UniqueConstraints.violated(viaHibernate, "uk_other_slug")).isFalse();
    }

    @Test
    void readsAPostgresMessageWhenHibernateGaveNoName() {
        SQLException error = new SQLException("ERROR: duplicate key value violates unique constraint "
                + "\"uk_account_handle\"\n  Detail: Key (handle)=(daniel) already exists.", "23505");

        assertThat(UniqueConstraints.violated(failure(error), "uk_account_handle")).isTrue();
        assertThat(UniqueConstraints.violated(failure(error), "uk_account_email")).isFalse();
    }

    @Test
    void theNameHibernateReadWinsOverValuesQuotedInTheMessage() {
        SQLException error = new SQLException("ERROR: duplicate key value violates unique constraint "
                + "\"uk_account_handle\"\n  Detail: Key (handle)=(uk_account_email) already exists.", "23505");
        DataIntegrityViolationException e =
                failure(new ConstraintViolationException("could not execute statement", error, "uk_account_handle"));

        assertThat(UniqueConstraints.violated(e, "uk_account_handle")).isTrue();
        assertThat(UniqueConstraints.violated(e, "uk_account_email")).isFalse();
    }

    @Test
    void aFailureWithoutMessageIsNoViolation() {
        assertThat(UniqueConstraints.violated(new DataIntegrityViolationException(null), "uk_thing_slug")).isFalse();
    }
}
