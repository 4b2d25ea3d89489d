package org.badgeportal.embed;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The embed script stays small: pages load it for every reader. */
class EmbedScriptSizeTest {

    @Test
    void embedJsStaysUnderFourKilobytesGzipped() throws Exception {
        byte[] script = Files.readAllBytes(Path.of("static-embed", "embed.js"));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(script);
        }
        assertThat(zipped.size()).as("gzipped size of static-embed/embed.js").isLessThan(4096);
        assertThat(new String(script, java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("innerHTML").doesNotContain("jQuery");
    }
}
