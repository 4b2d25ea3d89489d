package org.badgeportal.developers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.badgeportal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document describes the JSON APIs for programs (schema-driven clients and fuzzers): every request and
 * response body has a schema, none is Jackson's JsonNode, and every operation lists the errors any call can
 * answer in its API's error shape.
 */
@PortalTest
class OpenApiSchemasTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void everyBodyHasASchemaAndEveryOperationItsCommonErrors() throws Exception {
        JsonNode document = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString());
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode responses = operation.getValue().get("responses");
                for (Map.Entry<String, JsonNode> response : responses.properties()) {
                    JsonNode content = response.getValue().get("content");
                    if (content != null) {
                        content.properties().forEach(media -> {
                            if (media.getValue().get("schema") == null) {
                                problems.add(name + " " + response.getKey() + ": no schema");
                            }
                        });
                    }
                }
                JsonNode body = operation.getValue().get("requestBody");
                if (body != null && body.toString().contains("/JsonNode\"")) {
                    problems.add(name + ": request body described as JsonNode");
                }
                for (String status : List.of("400", "401", "429")) {
                    if (responses.get(status) == null) {
                        problems.add(name + ": " + status + " not listed");
                    }
                }
            }
        }
        assertThat(operations).as("operations").isGreaterThan(20);
        assertThat(problems).isEmpty();
    }
}
