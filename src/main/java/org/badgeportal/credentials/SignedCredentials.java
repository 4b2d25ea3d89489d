package org.badgeportal.credentials;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringWriter;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed {@code OpenBadgeCredential} of an accepted award (expired ones too: the credential says until when
 * it was valid). Revoked awards answer {@link Revoked}; pending, declined and unknown ones are not found.
 */
@Service
public class SignedCredentials {

    private final CredentialAwards awards;
    private final OpenBadgeCredentials credentials;
    private final IssuerKeys keys;
    private final EddsaRdfc2022 suite;

    SignedCredentials(CredentialAwards awards, OpenBadgeCredentials credentials, IssuerKeys keys,
                      EddsaRdfc2022 suite) {
        this.awards = awards;
        this.credentials = credentials;
        this.keys = keys;
        this.suite = suite;
    }

    /** The credential as JSON text: the same bytes every time for the same award and key. */
    @Transactional
    public String credentialJson(String publicId) {
        Award award = awards.findForCredential(publicId).orElseThrow(() -> new NotFoundException("Award"));
        if (award.getStatus() == AwardStatus.REVOKED) {
            throw new Revoked(award.getRevocationReason());
        }
        if (award.getStatus() != AwardStatus.ACCEPTED) {
            throw new NotFoundException("Award");
        }
        IssuerKeys.SigningKey key = keys.signingKeyFor(award.getBadge().getIssuer().getId(), award.getIssuedAt());
        JsonObject unsigned = credentials.unsigned(award, key.multikey());
        JsonObject options = EddsaRdfc2022.proofOptions(OpenBadgeCredentials.time(award.getIssuedAt()),
                key.multikey().verificationMethod());
        JsonObject proof = suite.createProof(unsigned, options, key.privateKey());
        return write(Json.createObjectBuilder(unsigned).add("proof", proof).build());
    }

    static String write(JsonObject json) {
        StringWriter out = new StringWriter();
        Json.createWriter(out).writeObject(json);
        return out.toString();
    }

    /** The award was revoked: its credential is gone, with the issuer's reason. */
    public static class Revoked extends RuntimeException {

        private final String reason;

        Revoked(String reason) {
            super("revoked");
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
