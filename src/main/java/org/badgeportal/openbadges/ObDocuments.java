package org.badgeportal.openbadges;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The Open Badges 2.0 JSON-LD documents the portal publishes, as records in the shape of the specification
 * (empty values are left out). Every {@code id} is an absolute URL of the portal.
 */
final class ObDocuments {

    private ObDocuments() {
    }

    /** The issuer {@code Profile} (type {@code Issuer}). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@context", "type", "id"})
    record Profile(@JsonProperty("@context") String context, String type, String id, String name, String url,
                   String email, String description, String image, String revocationList) {

        Profile(String id, String name, String url, String email, String description, String image,
                String revocationList) {
            this(ObLinks.CONTEXT, "Issuer", id, name, url, email, description, image, revocationList);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@context", "type", "id"})
    record BadgeClass(@JsonProperty("@context") String context, String type, String id, String name,
                      String description, String image, Criteria criteria, String issuer, List<String> tags) {

        BadgeClass(String id, String name, String description, String image, Criteria criteria, String issuer,
                   List<String> tags) {
            this(ObLinks.CONTEXT, "BadgeClass", id, name, description, image, criteria, issuer, tags);
        }
    }

    /** Where the criteria are described ({@code id}) and/or the criteria themselves in Markdown. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Criteria(String id, String narrative) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@context", "type", "id"})
    record Assertion(@JsonProperty("@context") String context, String type, String id, IdentityObject recipient,
                     String badge, Verification verification, String issuedOn, String expires, String narrative,
                     List<String> evidence, String image) {

        Assertion(String id, IdentityObject recipient, String badge, String issuedOn, String expires,
                  String narrative, List<String> evidence, String image) {
            this(ObLinks.CONTEXT, "Assertion", id, recipient, badge, new Verification("hosted"), issuedOn, expires,
                    narrative, evidence, image);
        }
    }

    /** A hashed recipient: {@code identity} is {@code sha256$} and the hex digest of identifier and salt. */
    @JsonPropertyOrder({"type", "hashed", "salt", "identity"})
    record IdentityObject(String type, boolean hashed, String salt, String identity) {
    }

    record Verification(String type) {
    }

    /** What a revoked assertion's URL answers (with 410 Gone). */
    @JsonPropertyOrder({"@context", "type", "id"})
    record RevokedAssertion(@JsonProperty("@context") String context, String type, String id, boolean revoked,
                            String revocationReason) {

        RevokedAssertion(String id, String revocationReason) {
            this(ObLinks.CONTEXT, "Assertion", id, true, revocationReason);
        }
    }

    @JsonPropertyOrder({"@context", "type", "id"})
    record RevocationList(@JsonProperty("@context") String context, String type, String id, String issuer,
                          List<Revocation> revokedAssertions) {

        RevocationList(String id, String issuer, List<Revocation> revokedAssertions) {
            this(ObLinks.CONTEXT, "RevocationList", id, issuer, revokedAssertions);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Revocation(String id, String revocationReason) {
    }

    /** The body of a 404: a document, never an HTML page. */
    record Missing(String error) {

        static final Missing NOT_FOUND = new Missing("not found");
    }
}
