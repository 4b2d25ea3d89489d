package org.badgeportal.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * One real PostgreSQL server (embedded binaries from Maven Central, no Docker, no system service) for the whole
 * test JVM, started on first use and stopped when the JVM ends. Each Spring context gets a fresh, empty database
 * of its own on it, so Flyway's whole history runs on PostgreSQL for each.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    static synchronized EmbeddedPostgres get() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return server;
    }

    /** Creates an empty database and answers its JDBC URL (user and password "postgres"). */
    public static String newDatabase() {
        String name = "portal_" + DATABASES.incrementAndGet();
        try (Connection connection = get().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return get().getJdbcUrl("postgres", name);
    }

    /** As if the database went away: refuses new connections to it and ends the open ones. */
    public static void cutOff(String jdbcUrl) {
        String name = databaseName(jdbcUrl);
        execute("alter database " + name + " allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
    }

    /** The database is back: it accepts connections again. */
    public static void restore(String jdbcUrl) {
        execute("alter database " + databaseName(jdbcUrl) + " allow_connections true");
    }

    private static String databaseName(String jdbcUrl) {
        String path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

    private static void execute(String... statements) {
        try (Connection connection = get().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + String.join("; ", statements), e);
        }
    }

    /** The {@code spring.datasource.*} settings of a context on a new database. */
    public static String[] datasourceProperties() {
        return new String[] {
                "spring.datasource.url=" + newDatabase(),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres"};
    }

    /** Points a test context at a new database on the shared server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, datasourceProperties());
        }
    }
}
