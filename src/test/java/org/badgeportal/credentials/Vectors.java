package org.badgeportal.credentials;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Properties;

/** Reads the published test vectors kept under src/test/resources/credentials/vectors (sources noted there). */
final class Vectors {

    private final String folder;

    Vectors(String folder) {
        this.folder = "credentials/vectors/" + folder + "/";
    }

    String text(String name) {
        try (InputStream in = Vectors.class.getClassLoader().getResourceAsStream(folder + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test vector " + folder + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonObject json(String name) {
        return Json.createReader(new StringReader(text(name))).readObject();
    }

    Properties properties() {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text("vector.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    byte[] hex(String property) {
        return HexFormat.of().parseHex(properties().getProperty(property));
    }
}
