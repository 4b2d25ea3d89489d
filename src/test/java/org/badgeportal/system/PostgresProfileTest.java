package org.badgeportal.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.badgeportal.BadgePortalApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The postgres profile refuses to start without the server secret that all instances must share. */
class PostgresProfileTest {

    @Test
    void startingWithoutTheSharedSecretFailsAtOnceSayingWhatToSet() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(BadgePortalApplication.class).profiles("postgres")
                .run("--badges.secret=", "--server.port=0", "--spring.datasource.url=jdbc:postgresql://localhost:1/none"))
                .hasMessage(SharedSecretRequired.MESSAGE);
    }
}
