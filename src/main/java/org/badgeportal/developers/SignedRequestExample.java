package org.badgeportal.developers;

/**
 * The worked example of a signed request shown on the developers page. {@link #SIGNATURE} is written out (not
 * computed here) so that the page states a checkable value; {@code DevelopersPageTest} recomputes it with
 * javax.crypto, so the example cannot drift from the scheme.
 */
public record SignedRequestExample(String key, String method, String path, long ts, String body, String signature) {

    static final SignedRequestExample EXAMPLE = new SignedRequestExample(
            "bp_exampleKeyForTheDevelopersPage0123456789ab",
            "PUT",
            "/v1/demo/users/daniel.json",
            1767225600L,
            "{\"badges\":[\"donated\"]}",
            "1c5cda5935cbe14686581f6c1ee16ed24817528083bb4fd7360d1d52a635a1a0");

    /** The text that is signed: method, path, ts and body, joined by newlines. */
    public String signedText() {
        return method + "\n" + path + "\n" + ts + "\n" + body;
    }

    /** The signed text with its newlines made visible, for showing on one line per part. */
    public String signedTextShown() {
        return signedText().replace("\n", "\\n\n");
    }

    /** The call as curl sends it. */
    public String curl() {
        return "curl -X " + method + " '<portal>" + path + "?ts=" + ts + "&signature=" + signature + "' \\\n"
                + "  -H 'Content-Type: application/json' \\\n  -d '" + body + "'";
    }
}
