package org.badgeportal.credentials;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.badgeportal.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /awards/{id}/credential.json}: the award's signed Open Badges 3.0 credential, public. */
@RestController
class CredentialController {

    static final MediaType LD_JSON = MediaType.parseMediaType("application/ld+json");

    private final SignedCredentials credentials;

    CredentialController(SignedCredentials credentials) {
        this.credentials = credentials;
    }

    @GetMapping("/awards/{id}/credential.json")
    ResponseEntity<String> credential(@PathVariable("id") String publicId) {
        return ResponseEntity.ok().contentType(LD_JSON).body(credentials.credentialJson(publicId));
    }

    @ExceptionHandler(SignedCredentials.Revoked.class)
    ResponseEntity<String> revoked(SignedCredentials.Revoked revoked) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("revoked", true);
        if (revoked.reason() != null) {
            body.add("revocationReason", revoked.reason());
        }
        return json(HttpStatus.GONE, body);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return json(HttpStatus.NOT_FOUND, Json.createObjectBuilder().add("error", "not found"));
    }

    private static ResponseEntity<String> json(HttpStatus status, JsonObjectBuilder body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(SignedCredentials.write(body.build()));
    }
}
