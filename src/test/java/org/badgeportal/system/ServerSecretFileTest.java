package org.badgeportal.system;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without {@code badges.secret}, the embedded setup makes its own secret in the data folder: readable by the
 * portal's user only, and the same secret after a restart (what was sealed before still opens).
 */
class ServerSecretFileTest {

    @Test
    void theMadeSecretIsTheOwnersAloneAndSurvivesARestart(@TempDir Path dataDir) throws Exception {
        PortalProperties properties = new PortalProperties("http://localhost", dataDir.toString(), "");
        String sealed = new SecretBox(properties).seal("the issuer's signing key");

        Path file = dataDir.resolve("server-secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).hasSizeGreaterThan(40);
        assertThat(new SecretBox(properties).open(sealed)).isEqualTo("the issuer's signing key");
    }
}
