package org.badgeportal.apis.userbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import java.util.List;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rules of the UserBadges and lite APIs for odd input (generated bad input for every API route is
 * {@code api.ApiBadInputTest}'s): control characters are refused with 400 before they reach the database; and
 * the OpenAPI document describes every one of these endpoints with examples.
 */
@PortalTest
class CompatBadInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    /** Generated bad bodies for every route are {@code api.ApiBadInputTest}'s; here the rules of these APIs. */
    @Test
    void controlCharactersInNamesAndFieldsGet400AndNeverReachTheDatabase() throws Exception {
        Issuer issuer = data.issuer(data.account("bad"), AcceptancePolicy.AUTOMATIC);
        String key = data.apiKey(issuer);
        String service = "/v1/" + issuer.getSlug();

        // Control characters never reach the database (PostgreSQL refuses NUL): 400 saying so.
        for (String[] call : List.of(
                new String[] {"PUT", service + "/badges.json", "{\"badges\":[{\"name\":\"ok\",\"a\\u0000\":1}]}"},
                new String[] {"PUT", service + "/badges.json", "{\"badges\":[{\"name\":\"ok\",\"title\":\"a\\u0000\"}]}"},
                new String[] {"POST", "/api/lite/badge", "{\"collection\":\"" + issuer.getSlug()
                        + "\",\"user\":\"1\",\"name\":\"a\\u0000b\"}"})) {
            MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(call[0]), call[1])
                    .with(fromAddress("198.51.100.23"))
                    .header("Authorization", key).contentType(MediaType.APPLICATION_JSON).content(call[2]))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(call[2]).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("control characters");
        }
    }

    private static RequestPostProcessor fromAddress(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
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

}
