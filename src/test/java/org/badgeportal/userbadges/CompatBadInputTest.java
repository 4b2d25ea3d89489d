package org.badgeportal.userbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input on every write endpoint of the UserBadges and lite APIs: malformed JSON, wrong types, missing fields,
 * huge and odd Unicode values, generated from a fixed seed. Each gets a 4xx with an error body of its API's style,
 * never a 500; and the OpenAPI document describes every one of these endpoints with examples.
 */
@PortalTest
class CompatBadInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] ODD = {"", " ", "\u0000", "\uD83D\uDE00", "\u202Eevil", "A".repeat(5000),
        "a\nb", "../../x", "<script>", "\\\"", "名前", "-", "a--b", "\uFFFF"};

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void badBodiesGet4xxWithAnErrorBodyNeverA500() throws Exception {
        Issuer issuer = data.issuer(data.account("bad"), AcceptancePolicy.AUTOMATIC);
        String key = data.apiKey(issuer);
        String service = "/v1/" + issuer.getSlug();
        List<String[]> endpoints = List.of(
                new String[] {"PUT", service + "/badges.json"}, new String[] {"DELETE", service + "/badges.json"},
                new String[] {"PUT", service + "/users/daniel.json"},
                new String[] {"DELETE", service + "/users/daniel.json"},
                new String[] {"POST", "/api/lite/badge"}, new String[] {"GET", "/api/lite/badges"},
                new String[] {"DELETE", "/api/lite/badges"}, new String[] {"GET", "/api/lite/counters"});

        int checked = 0;
        for (String body : bodies(issuer.getSlug())) {
            for (String[] endpoint : endpoints) {
                MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(endpoint[0]), endpoint[1])
                        .header("Authorization", key).contentType(MediaType.APPLICATION_JSON).content(body))
                        .andReturn().getResponse();
                String what = endpoint[0] + " " + endpoint[1] + " " + abbreviate(body) + " -> "
                        + response.getStatus() + " " + response.getContentAsString();
                assertThat(response.getStatus()).as(what).isLessThan(500);
                if (response.getStatus() >= 400) {
                    JsonNode error = JSON.readTree(response.getContentAsString());
                    assertThat(endpoint[1].startsWith("/v1/") ? error.get("error") : error.get("content"))
                            .as(what).isNotNull();
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);

        // Control characters never reach the database (PostgreSQL refuses NUL): 400 saying so.
        for (String[] call : List.of(
                new String[] {"PUT", service + "/badges.json", "{\"badges\":[{\"name\":\"ok\",\"a\\u0000\":1}]}"},
                new String[] {"PUT", service + "/badges.json", "{\"badges\":[{\"name\":\"ok\",\"title\":\"a\\u0000\"}]}"},
                new String[] {"POST", "/api/lite/badge", "{\"collection\":\"" + issuer.getSlug()
                        + "\",\"user\":\"1\",\"name\":\"a\\u0000b\"}"})) {
            MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(call[0]), call[1])
                    .header("Authorization", key).contentType(MediaType.APPLICATION_JSON).content(call[2]))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(call[2]).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("control characters");
        }
    }

    @Test
    void theApiDocumentDescribesEveryEndpointWithExamples() throws Exception {
        JsonNode paths = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString()).get("paths");
        List<String> operations = List.of("/v1/{service}/badges.json put", "/v1/{service}/badges.json delete",
                "/v1/{service}/users/{name}.json put", "/v1/{service}/users/{name}.json delete",
                "/api/lite/badge post", "/api/lite/badges get", "/api/lite/badges delete", "/api/lite/counters get");
        for (String operation : operations) {
            String[] parts = operation.split(" ");
            JsonNode described = paths.path(parts[0]).path(parts[1]);
            assertThat(described.path("summary").asString("")).as(operation).isNotBlank();
            assertThat(described.path("requestBody").toString()).as(operation).contains("example");
            assertThat(described.path("responses").path("200").toString()).as(operation).contains("example");
        }
    }

    private static List<String> bodies(String collection) {
        List<String> bodies = new ArrayList<>(List.of("", "{", "[", "null", "1", "\"x\"", "[]", "{}",
                "{\"badges\":null}", "{\"badges\":\"x\"}", "{\"badges\":[null]}", "{\"badges\":[1,2]}",
                "{\"badges\":[{}]}", "{\"badges\":[[]]}", "{\"badges\":[{\"name\":5}]}",
                "{\"badges\":[{\"name\":\"ok\",\"title\":7}]}", "{\"badges\":[{\"name\":\"ok\",\"image\":\"ftp://x\"}]}",
                "{\"badges\":[{\"name\":\"ok\",\"description\":[]}]}", "{\"badges\":{\"name\":\"ok\"}}",
                "{\"collection\":5,\"user\":{},\"name\":[]}", "{\"collection\":\"" + collection + "\",\"user\":\"1\","
                        + "\"names\":{}}", "{\"collection\":\"" + collection + "\",\"user\":\"1\",\"names\":[1]}",
                "{\"collection\":\"" + collection + "\",\"user\":\"1\",\"name\":\"x\",\"payload\":\""
                        + "p".repeat(30000) + "\"}"));
        Random random = new Random(20260123);
        for (int i = 0; i < 30; i++) {
            String odd = JSON.writeValueAsString(ODD[random.nextInt(ODD.length)]
                    + ODD[random.nextInt(ODD.length)]);
            bodies.add(switch (i % 3) {
                case 0 -> "{\"badges\":[" + odd + "]}";
                case 1 -> "{\"badges\":[{\"name\":" + odd + "," + odd + ":" + odd + "}]}";
                default -> "{\"collection\":\"" + collection + "\",\"user\":" + odd + ",\"name\":" + odd
                        + ",\"names\":" + odd + "}";
            });
        }
        return bodies;
    }

    private static String abbreviate(String body) {
        return body.length() > 120 ? body.substring(0, 120) + "..." : body;
    }
}
