package org.badgeportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal in the {@code postgres} profile on the shared embedded PostgreSQL ({@link TestPostgres}), on a
 * random port and with MockMvc, so both {@link PortalTest} and {@link PortalHttpTest} classes can be run on
 * PostgreSQL by a subclass carrying this annotation. Every class with it shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "badges.base-url=http://localhost:8080") // as in the H2 tests' contexts (server.port is 0 here)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "postgres"})
@ContextConfiguration(initializers = {TestMailServer.Initializer.class, TestPostgres.Initializer.class})
public @interface PortalPostgresTest {
}
