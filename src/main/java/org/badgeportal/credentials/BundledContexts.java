package org.badgeportal.credentials;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/**
 * The only JSON-LD contexts credentials may use, read from the class path (copies and their sources:
 * {@code credentials/contexts/SOURCES.md}). Never goes to the network: any other URL is an error, so a credential
 * naming an unknown context cannot be expanded, signed or verified.
 */
public final class BundledContexts implements DocumentLoader {

    public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private static final Map<String, String> RESOURCES = Map.of(
            CREDENTIALS_V2, "credentials/contexts/credentials-v2.jsonld",
            OPEN_BADGES_V3, "credentials/contexts/ob-context-3.0.3.json");

    private final Map<String, JsonDocument> documents;

    public BundledContexts() {
        this.documents = Map.of(CREDENTIALS_V2, read(CREDENTIALS_V2), OPEN_BADGES_V3, read(OPEN_BADGES_V3));
    }

    public static boolean isKnown(String url) {
        return RESOURCES.containsKey(url);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        JsonDocument document = documents.get(url.toString());
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "Unknown context " + url);
        }
        return document;
    }

    private static JsonDocument read(String url) {
        try (InputStream in = BundledContexts.class.getClassLoader().getResourceAsStream(RESOURCES.get(url))) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled context " + RESOURCES.get(url));
            }
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(URI.create(url));
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("Bundled context " + url + " is not JSON", e);
        }
    }
}
