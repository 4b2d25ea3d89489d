package org.badgeportal.developers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.badgeportal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document describes the JSON APIs for people: every operation under /api/ and /v1/ has a summary, a
 * request example when it takes a body, and a response example.
 */
@PortalTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    private JsonNode document() throws Exception {
        String text = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(text);
    }

    @Test
    void describesThePortalWithItsSecuritySchemesAndServer() throws Exception {
        JsonNode document = document();
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("info").get("title").asString()).isEqualTo("Badge portal API");
        assertThat(document.get("info").get("version").asString()).isEqualTo("v1");
        assertThat(document.get("servers").get(0).get("url").asString()).startsWith("http://localhost");
        JsonNode schemes = document.get("components").get("securitySchemes");
        assertThat(schemes.get("apiKey").get("name").asString()).isEqualTo("X-Api-Key");
        assertThat(schemes.get("apiKey").get("in").asString()).isEqualTo("header");
        assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
        List<String> paths = new ArrayList<>();
        document.get("paths").propertyNames().forEach(paths::add);
        assertThat(paths).contains("/api/v1/badges", "/api/v1/badges/{slug}", "/api/v1/badges/{slug}/share-text");
        assertThat(paths).allMatch(path -> path.startsWith("/api/") || path.startsWith("/v1/"));
    }

    @Test
    void everyOperationHasASummaryAndExamples() throws Exception {
        JsonNode paths = document().get("paths");
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (!path.getKey().startsWith("/api/") && !path.getKey().startsWith("/v1/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (op.get("summary") == null || op.get("summary").asString().isBlank()) {
                    problems.add(name + ": no summary");
                }
                if (op.get("requestBody") != null && !hasExample(op.get("requestBody").get("content"))) {
                    problems.add(name + ": request body without example");
                }
                boolean responseExample = false;
                for (JsonNode response : op.get("responses")) {
                    responseExample |= hasExample(response.get("content"));
                }
                if (!responseExample) {
                    problems.add(name + ": no response example");
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(6);
        assertThat(problems).isEmpty();
    }

    private static boolean hasExample(JsonNode content) {
        if (content == null) {
            return false;
        }
        for (JsonNode media : content) {
            if (media.get("example") != null || media.get("examples") != null && !media.get("examples").isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
