package org.badgeportal.apis.access;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.badgeportal.accounts.Account;
import org.badgeportal.apikeys.ApiKeys;
import org.badgeportal.apikeys.Secrets;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who an API call acts as: keys in each of the accepted headers, revoked and unknown keys, signed requests
 * (fresh, stale, replayed, forged), and the error bodies of the three APIs before any endpoint runs.
 */
@PortalTest
class ApiAuthenticationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    Clock clock;

    Issuer issuer;
    String key;

    @BeforeEach
    void issuerWithKey() {
        Account owner = data.account("keys");
        issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        key = data.apiKey(issuer);
    }

    @Test
    void keysAreAcceptedInEveryHeaderTheApisName() throws Exception {
        String users = "/v1/" + issuer.getSlug() + "/users.json";
        mvc.perform(get(users).header("X-Api-Key", key)).andExpect(status().isOk());
        mvc.perform(get(users).header("Authorization", key)).andExpect(status().isOk());
        mvc.perform(get(users).header("Authorization", "Bearer " + key)).andExpect(status().isOk());
    }

    @Test
    void aWrongOrRevokedKeyGets401InTheCalledApisStyle() throws Exception {
        String users = "/v1/" + issuer.getSlug() + "/users.json";
        mvc.perform(get(users).header("X-Api-Key", key + "x"))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.error").value("Unknown or revoked API key"));

        apiKeys.revoke(issuer.getSlug(), apiKeys.list(issuer.getSlug()).get(0).id());
        mvc.perform(get(users).header("Authorization", "Bearer " + key))
            .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/badges").header("X-Api-Key", key))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.code").value("Unauthorized"))
            .andExpect(jsonPath("$.message").value("Unknown or revoked API key"));
        mvc.perform(post("/api/lite/badge").header("X-Api-Key", key))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.status").value(false))
            .andExpect(jsonPath("$.content.code").value("Unauthorized"));
    }

    @Test
    void writesWithoutAnyCredentialAreRefused() throws Exception {
        mvc.perform(put("/v1/" + issuer.getSlug() + "/users/daniel.json")
                .contentType(MediaType.APPLICATION_JSON).content("{\"badges\":[\"x\"]}"))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.error", containsString("API key is required")));
    }

    @Test
    void aFreshSignatureIsAcceptedOnceAndAStaleOrForgedOneNever() throws Exception {
        String path = "/v1/" + issuer.getSlug() + "/badges.json";
        String ts = String.valueOf(clock.instant().getEpochSecond());
        String signature = sign(key, "GET", path, ts, "");

        mvc.perform(get(path).queryParam("ts", ts).queryParam("signature", signature))
            .andExpect(status().isOk());
        mvc.perform(get(path).queryParam("ts", ts).queryParam("signature", signature))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.error", containsString("already used")));

        String stale = String.valueOf(clock.instant().getEpochSecond() - 301);
        mvc.perform(get(path).queryParam("ts", stale).queryParam("signature", sign(key, "GET", path, stale, "")))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.error", containsString("300 seconds")));

        String other = String.valueOf(clock.instant().getEpochSecond() - 1);
        mvc.perform(get(path).queryParam("ts", other).queryParam("signature", sign(key + "x", "GET", path, other,
                "")))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.error").value("Invalid signature"));
    }

    @Test
    void aSignatureCoversTheBody() throws Exception {
        String path = "/v1/" + issuer.getSlug() + "/users/daniel.json";
        String ts = String.valueOf(clock.instant().getEpochSecond());
        String signed = sign(key, "PUT", path, ts, "{\"badges\":[\"a\"]}");
        mvc.perform(put(path).queryParam("ts", ts).queryParam("signature", signed)
                .contentType(MediaType.APPLICATION_JSON).content("{\"badges\":[\"b\"]}"))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.error").value("Invalid signature"));
    }

    @Test
    void bodiesOverOneMegabyteGet413() throws Exception {
        byte[] body = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        mvc.perform(post("/api/v1/badges").header("X-Api-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isPayloadTooLarge())
            .andExpect(jsonPath("$.code").value("PayloadTooLarge"));
    }

    @Test
    void unknownEndpointsAnswerJsonNotAPage() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").header("X-Api-Key", key))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.code").value("ResourceNotFound"));
    }

    static String sign(String key, String method, String path, String ts, String body) {
        return Secrets.hmacSha256Hex(key, SignedRequests.message(method, path, ts,
                body.getBytes(StandardCharsets.UTF_8)));
    }
}
