package org.badgeportal.apis.portal;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.List;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.HttpApi;
import org.badgeportal.support.PortalHttpTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The error examples of the BadgeKit API sent over real HTTP: 400 ValidationError, 404 ResourceNotFound
 * and 409 ResourceConflict, with exactly the documented keys.
 */
@PortalHttpTest
class BadgeApiContractTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;

    HttpApi api;
    String key;

    private static final String BADGE = """
            {"name": "Badge Name", "slug": "badge-slug", "strapline": "Badge Strapline",
             "earnerDescription": "Badge Description", "consumerDescription": "Badge Description for Consumers",
             "type": "badge type", "issuerUrl": "http://example.org/issuer", "rubricUrl": "http://example.org/rubric",
             "criteriaUrl": "http://example.org/criteria", "timeValue": 10, "timeUnits": "minutes", "limit": 5,
             "unique": false, "imageUrl": "http://example.org/badge.png", "archived": false}""";

    @BeforeEach
    void issuerWithKey() {
        Issuer issuer = data.issuer(data.account("contract"), AcceptancePolicy.AUTOMATIC);
        key = data.apiKey(issuer);
        api = new HttpApi(port);
    }

    private static List<String> keys(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void createThenDuplicateIsResourceConflictWithTheStoredBadge() {
        HttpApi.Response created = api.call("POST", "/api/v1/badges").header("X-Api-Key", key).json(BADGE).send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Content-Type")).startsWith("application/json");
        assertThat(created.json().get("status").asString()).isEqualTo("created");
        assertThat(keys(created.json().get("badge"))).contains("id", "slug", "name", "strapline",
                "earnerDescription", "consumerDescription", "issuerUrl", "rubricUrl", "timeValue", "timeUnits",
                "limit", "unique", "created", "imageUrl", "type", "archived", "system", "criteriaUrl", "criteria",
                "categories", "tags", "milestones");

        HttpApi.Response conflict = api.call("POST", "/api/v1/badges").header("X-Api-Key", key).json(BADGE).send();
        assertThat(conflict.status()).isEqualTo(409);
        JsonNode body = conflict.json();
        assertThat(keys(body)).containsExactly("code", "error", "details");
        assertThat(body.get("code").asString()).isEqualTo("ResourceConflict");
        assertThat(body.get("error").asString()).isEqualTo("badge with that `slug` already exists");
        assertThat(keys(body.get("details"))).containsExactly("name", "slug", "strapline", "earnerDescription",
                "consumerDescription", "issuerUrl", "rubricUrl", "criteriaUrl", "timeValue", "timeUnits", "limit",
                "unique", "imageUrl", "archived");
        assertThat(body.get("details").get("timeValue").asInt()).isEqualTo(10);
        assertThat(body.get("details").get("imageUrl").asString()).isEqualTo("http://example.org/badge.png");
    }

    @Test
    void invalidDataIsValidationErrorWithFieldMessageAndValue() {
        HttpApi.Response response = api.call("POST", "/api/v1/badges").header("X-Api-Key", key)
                .json(BADGE.replace("\"Badge Name\"", "\"" + "n".repeat(300) + "\"")).send();
        assertThat(response.status()).isEqualTo(400);
        JsonNode body = response.json();
        assertThat(keys(body)).containsExactly("code", "message", "details");
        assertThat(body.get("code").asString()).isEqualTo("ValidationError");
        assertThat(body.get("message").asString()).isEqualTo("Could not validate required fields");
        JsonNode detail = body.get("details").get(0);
        assertThat(keys(detail)).containsExactlyInAnyOrder("field", "message", "value");
        assertThat(detail.get("field").asString()).isEqualTo("name");
        assertThat(detail.get("value").asString()).hasSize(300);
        assertThat(api.call("GET", "/api/v1/badges/badge-slug").header("X-Api-Key", key).send().status())
                .isEqualTo(404);
    }

    @Test
    void anUnknownSlugIsResourceNotFound() {
        for (String method : List.of("GET", "PUT", "DELETE")) {
            HttpApi.Call call = api.call(method, "/api/v1/badges/attempted-slug").header("X-Api-Key", key);
            HttpApi.Response response = method.equals("PUT") ? call.json("{\"name\": \"x\"}").send() : call.send();
            assertThat(response.status()).as(method).isEqualTo(404);
            JsonNode body = response.json();
            assertThat(keys(body)).containsExactly("code", "message");
            assertThat(body.get("code").asString()).isEqualTo("ResourceNotFound");
            assertThat(body.get("message").asString())
                    .isEqualTo("Could not find badge field: `slug`, value: `attempted-slug`");
        }
    }
}
