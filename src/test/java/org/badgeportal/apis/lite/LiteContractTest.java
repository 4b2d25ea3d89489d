package org.badgeportal.apis.lite;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import org.badgeportal.apikeys.ApiKeys;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.HttpApi.Response;
import org.badgeportal.support.HttpApi;
import org.badgeportal.support.PortalHttpTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lite API over real HTTP: every request example of the document, sent verbatim
 * with a test issuer's slug as the collection, the answers' exact shapes, and keys of other issuers.
 */
@PortalHttpTest
class LiteContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    BadgeRepository badges;
    @Autowired
    JdbcTemplate jdbc;

    HttpApi api;
    Issuer issuer;
    String collection;
    String key;

    @BeforeEach
    void collectionWithKey() {
        api = new HttpApi(port);
        issuer = data.issuer(data.account("lite"), AcceptancePolicy.AUTOMATIC);
        collection = issuer.getSlug();
        key = data.apiKey(issuer);
    }

    @Test
    void createABadgeAnswersStatusTrueAndKeepsThePayloadAndTheOriginalName() {
        Response created = call("POST", "/api/lite/badge", """
                {
                    "collection": "my_collection1",
                    "name": "profile/1",
                    "user": "1",
                    "payload": {
                        "foo": "bar"
                    }
                }""");

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json()).isEqualTo(JSON.readTree("{\"status\": true}"));
        assertThat(badges.findByIssuerAndSlug(issuer, "profile-1")).get()
                .satisfies(badge -> assertThat(badge.getName()).isEqualTo("profile/1"))
                .satisfies(badge -> assertThat(badge.isListed()).isFalse());
        assertThat(jdbc.queryForObject("select a.payload from award a join badge b on b.id = a.badge_id "
                + "where b.issuer_id = ?", String.class, issuer.getId())).isEqualTo("{\"foo\":\"bar\"}");
    }

    @Test
    void getBadgesAnswersTheSeedsShapeFromAJsonBodyOrQueryParameters() {
        call("POST", "/api/lite/badge", "{\"collection\": \"my_collection1\", \"name\": \"profile/1\", "
                + "\"user\": \"1\", \"payload\": {\"foo\": \"bar\"}}");
        call("POST", "/api/lite/badge", "{\"collection\": \"my_collection1\", \"name\": \"profile/2\", "
                + "\"user\": \"1\"}");

        Response byBody = call("GET", "/api/lite/badges", """
                {
                    "collection": "my_collection1",
                    "name": "profile/1",
                    "user": "1"
                }""");

        assertThat(byBody.status()).isEqualTo(200);
        JsonNode answer = byBody.json();
        assertThat(answer.get("status").asBoolean()).isTrue();
        JsonNode list = answer.get("content").get("badges");
        assertThat(list.size()).isEqualTo(1);
        JsonNode badge = list.get(0);
        assertThat(badge.propertyNames()).containsExactly("name", "user", "payload", "created_at");
        assertThat(badge.get("name").asString()).isEqualTo("profile/1");
        assertThat(badge.get("user").asString()).isEqualTo("1");
        assertThat(badge.get("payload")).isEqualTo(JSON.readTree("{\"foo\": \"bar\"}"));
        assertThat(badge.get("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

        Response byQuery = api.get("/api/lite/badges?collection=" + collection + "&user=1")
                .header("X-Api-Key", key).send();
        assertThat(byQuery.status()).isEqualTo(200);
        JsonNode all = byQuery.json().get("content").get("badges");
        assertThat(all.size()).isEqualTo(2);
        assertThat(all.get(0).get("name").asString()).isEqualTo("profile/1");
        assertThat(all.get(1).get("name").asString()).isEqualTo("profile/2");
        assertThat(all.get(1).get("payload").isNull()).isTrue();
    }

    @Test
    void countersCountEachNameAndAllAsTheSeedShows() {
        call("POST", "/api/lite/badge", "{\"collection\":\"my_collection1\",\"name\":\"profile/1\",\"user\":\"1\"}");
        call("POST", "/api/lite/badge", "{\"collection\":\"my_collection1\",\"name\":\"profile/2\",\"user\":\"1\"}");
        call("POST", "/api/lite/badge", "{\"collection\":\"my_collection1\",\"name\":\"profile/2\",\"user\":\"1\"}");
        call("POST", "/api/lite/badge", "{\"collection\":\"my_collection1\",\"name\":\"profile/2\",\"user\":\"2\"}");

        Response counters = call("GET", "/api/lite/counters", """
                {
                    "collection": "my_collection1",
                    "names": ["profile/1", "profile/2", "_all"],
                    "user": "1"
                }""");

        assertThat(counters.status()).isEqualTo(200);
        assertThat(counters.json()).isEqualTo(JSON.readTree("""
                {"status": true, "content": {"counters": {"profile/1": 1, "profile/2": 2, "_all": 3}}}"""));

        Response commaList = api.get("/api/lite/counters?collection=" + collection
                + "&user=1&names=profile/2,unknown").header("X-Api-Key", key).send();
        assertThat(commaList.json()).isEqualTo(JSON.readTree("""
                {"status": true, "content": {"counters": {"profile/2": 2, "unknown": 0}}}"""));
    }

    @Test
    void deleteBadgesRemovesTheUsersAwardsOfThatNameOrAll() {
        call("POST", "/api/lite/badge", "{\"collection\":\"my_collection1\",\"name\":\"profile/1\",\"user\":\"1\"}");
        call("POST", "/api/lite/badge", "{\"collection\":\"my_collection1\",\"name\":\"profile/2\",\"user\":\"1\"}");
        call("POST", "/api/lite/badge", "{\"collection\":\"my_collection1\",\"name\":\"profile/1\",\"user\":\"2\"}");

        Response deleted = call("DELETE", "/api/lite/badges", """
                {
                    "collection": "my_collection1",
                    "name": "profile/1",
                    "user": "1"
                }""");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json()).isEqualTo(JSON.readTree("{\"status\": true}"));
        assertThat(names("1")).containsExactly("profile/2");
        assertThat(names("2")).containsExactly("profile/1");

        Response all = api.call("DELETE", "/api/lite/badges?collection=" + collection + "&user=1")
                .header("X-Api-Key", key).send();
        assertThat(all.status()).isEqualTo(200);
        assertThat(names("1")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from award where revocation_reason = "
                + "'Removed through the lite API' and recipient_id in (select id from recipient where issuer_id = ?)",
                Long.class, issuer.getId())).isEqualTo(2L);
    }

    @Test
    void missingParametersGet400InTheLiteErrorStyle() {
        List<Response> responses = List.of(
                call("POST", "/api/lite/badge", "{\"collection\":\"my_collection1\",\"name\":\"profile/1\"}"),
                call("POST", "/api/lite/badge", "{\"collection\":\"my_collection1\",\"user\":\"1\"}"),
                call("POST", "/api/lite/badge", "{\"name\":\"profile/1\",\"user\":\"1\"}"),
                call("GET", "/api/lite/badges", "{\"collection\":\"my_collection1\"}"),
                call("DELETE", "/api/lite/badges", "{\"user\":\"1\"}"),
                call("GET", "/api/lite/counters", "{\"collection\":\"my_collection1\",\"user\":\"1\"}"),
                call("POST", "/api/lite/badge", "[1, 2]"));

        assertThat(responses).extracting(Response::status).containsOnly(400);
        for (Response response : responses) {
            JsonNode body = response.json();
            assertThat(body.get("status").asBoolean()).isFalse();
            assertThat(body.get("content").get("code").isString()).isTrue();
            assertThat(body.get("content").get("message").isString()).isTrue();
        }
        assertThat(responses.get(0).json().get("content").get("message").asString()).contains("user");
        assertThat(jdbc.queryForObject("select count(*) from badge where issuer_id = ?", Long.class,
                issuer.getId())).isZero();
    }

    @Test
    void withoutAKeyOrWithAnotherCollectionsKeyNothingIsReadOrChanged() {
        Issuer other = data.issuer(data.account("lite"), AcceptancePolicy.AUTOMATIC);
        String otherKey = data.apiKey(other);
        String body = "{\"collection\":\"" + other.getSlug() + "\",\"name\":\"profile/1\",\"user\":\"1\"}";
        assertThat(api.call("POST", "/api/lite/badge").header("X-Api-Key", otherKey).json(body).send().status())
                .isEqualTo(200);

        List<Response> attempts = List.of(
                api.call("POST", "/api/lite/badge").header("X-Api-Key", key).json(body).send(),
                api.call("GET", "/api/lite/badges").header("X-Api-Key", key).json(body).send(),
                api.call("DELETE", "/api/lite/badges").header("X-Api-Key", key).json(body).send(),
                api.call("GET", "/api/lite/counters").header("Authorization", "Bearer " + key)
                        .json(body.replace("\"name\":\"profile/1\"", "\"names\":\"_all\"")).send(),
                api.call("POST", "/api/lite/badge").json(body).send(),
                api.call("GET", "/api/lite/badges").header("X-Api-Key", otherKey + "x").json(body).send());

        assertThat(attempts).extracting(Response::status).containsOnly(401);
        assertThat(attempts.get(0).json().get("status").asBoolean()).isFalse();
        assertThat(attempts.get(0).json().get("content").get("code").asString()).isEqualTo("Unauthorized");
        Response theirs = api.call("GET", "/api/lite/counters").header("X-Api-Key", otherKey)
                .json("{\"collection\":\"" + other.getSlug() + "\",\"names\":\"_all\",\"user\":\"1\"}").send();
        assertThat(theirs.json().get("content").get("counters").get("_all").asInt()).isEqualTo(1);

        apiKeys.revoke(other.getSlug(), apiKeys.list(other.getSlug()).get(0).id());
        assertThat(api.call("POST", "/api/lite/badge").header("X-Api-Key", otherKey).json(body).send().status())
                .isEqualTo(401);
    }

    @Test
    void namesMapToSlugsDeterministicallyAndNeverCollide() {
        call("POST", "/api/lite/badge", "{\"collection\":\"c\",\"name\":\"profile/1\",\"user\":\"1\"}");
        call("POST", "/api/lite/badge", "{\"collection\":\"c\",\"name\":\"Profile 1\",\"user\":\"1\"}");
        call("POST", "/api/lite/badge", "{\"collection\":\"c\",\"name\":\"Profile 1\",\"user\":\"1\"}");

        Response counters = call("GET", "/api/lite/counters",
                "{\"collection\":\"c\",\"names\":[\"profile/1\",\"Profile 1\",\"_all\"],\"user\":\"1\"}");

        assertThat(counters.json().get("content").get("counters")).isEqualTo(JSON.readTree(
                "{\"profile/1\": 1, \"Profile 1\": 2, \"_all\": 3}"));
        assertThat(jdbc.queryForList("select slug from badge where issuer_id = ? order by slug", String.class,
                issuer.getId())).hasSize(2).first().isEqualTo("profile-1");
        assertThat(LiteNames.slug("profile/1")).isEqualTo("profile-1");
        assertThat(LiteNames.alternative("Profile 1")).matches("profile-1-[0-9a-f]{8}");
        assertThat(LiteNames.slug("x".repeat(80))).hasSizeLessThanOrEqualTo(50);
    }

    private List<String> names(String user) {
        Response response = api.get("/api/lite/badges?collection=" + collection + "&user=" + user)
                .header("X-Api-Key", key).send();
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("content").get("badges").valueStream().map(badge -> badge.get("name").asString())
                .toList();
    }

    /** A request with the document's body, its collection replaced by the test issuer's. */
    private Response call(String method, String path, String json) {
        String body = json.replace("\"my_collection1\"", "\"" + collection + "\"")
                .replace("\"collection\":\"c\"", "\"collection\":\"" + collection + "\"");
        return api.call(method, path).header("X-Api-Key", key).json(body).send();
    }
}
