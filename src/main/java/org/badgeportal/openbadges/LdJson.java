package org.badgeportal.openbadges;

import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the documents as {@code application/ld+json}. Answers are bytes with the content type set here, so a
 * 404 or 410 is a JSON document too, whatever the caller's Accept header says. The documents are public, so any
 * site may read them from a browser (CORS).
 */
@Component
class LdJson {

    static final String MEDIA_TYPE = "application/ld+json";
    private static final MediaType LD_JSON = MediaType.parseMediaType(MEDIA_TYPE + ";charset=UTF-8");

    private final JsonMapper json;

    LdJson(JsonMapper json) {
        this.json = json;
    }

    String text(Object document) {
        return json.writeValueAsString(document);
    }

    /** The same JSON with every non-ASCII character escaped (as a backslash-u escape): safe in any XML text. */
    String asciiText(Object document) {
        return json.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(document);
    }

    ResponseEntity<byte[]> answer(Optional<?> document) {
        return document.<ResponseEntity<byte[]>>map(found -> respond(HttpStatus.OK, found))
                .orElseGet(this::notFound);
    }

    ResponseEntity<byte[]> answer(Published published) {
        if (published instanceof Published.Found found) {
            return respond(HttpStatus.OK, found.assertion());
        }
        if (published instanceof Published.Revoked revoked) {
            return respond(HttpStatus.GONE, revoked.notice());
        }
        return notFound();
    }

    ResponseEntity<byte[]> notFound() {
        return respond(HttpStatus.NOT_FOUND, ObDocuments.Missing.NOT_FOUND);
    }

    private ResponseEntity<byte[]> respond(HttpStatus status, Object document) {
        return ResponseEntity.status(status)
                .contentType(LD_JSON)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(json.writeValueAsBytes(document));
    }
}
