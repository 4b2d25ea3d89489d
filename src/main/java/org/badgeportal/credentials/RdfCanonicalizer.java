package org.badgeportal.credentials;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonObject;
import java.io.StringWriter;

/**
 * JSON-LD to RDF (titanium-json-ld, with the {@link BundledContexts} only) and RDF Dataset Canonicalization
 * RDFC-1.0 (titanium-rdfc) to canonical N-Quads. Strict: a term no context defines fails instead of being
 * dropped silently, so nothing unsigned can hide in a signed document.
 */
public final class RdfCanonicalizer {

    private final BundledContexts contexts;

    public RdfCanonicalizer(BundledContexts contexts) {
        this.contexts = contexts;
    }

    public String canonicalNQuads(JsonObject document) {
        JsonLdOptions options = new JsonLdOptions(contexts);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        try {
            RdfCanon canon = RdfCanon.create("SHA-256");
            JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
            StringWriter out = new StringWriter();
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (JsonLdError e) {
            throw new CredentialException("JSON-LD: " + e.getMessage(), e);
        } catch (RdfConsumerException e) {
            throw new CredentialException("RDF canonicalization: " + e.getMessage(), e);
        }
    }
}
