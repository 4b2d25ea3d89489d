package org.badgeportal.apis.userbadges;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.badgeportal.accounts.Account;
import org.badgeportal.apikeys.ApiKeys;
import org.badgeportal.badges.Badge;
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

/**
 * The UserBadges API over real HTTP: every request example of the document, sent
 * verbatim to a test issuer's service, and the rules around keys, signatures, the sandbox and deletion.
 */
@PortalHttpTest
class UserBadgesContractTest {

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
    @Autowired
    Clock clock;

    HttpApi api;
    Issuer issuer;
    String service;
    String key;

    @BeforeEach
    void serviceWithKey() {
        api = new HttpApi(port);
        Account owner = data.account("ub");
        issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        service = issuer.getSlug();
        key = data.apiKey(issuer);
    }

    // ------------------------------------------------------------------ the document's examples

    @Test
    void addingOrModifyingServiceBadgesAnswersTheBadgeListWithCustomFieldsAsSent() {
        Response response = put("/v1/" + service + "/badges.json", """
                {
                    "badges": [
                        {
                            "name": "test",
                            "description": "This is a test badge",
                            "link": "/badges/test",
                            "myCustomField": 5
                        }
                    ]
                }""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode test = only(response.json().get("badges"), "test");
        assertThat(test.get("description").asString()).isEqualTo("This is a test badge");
        assertThat(test.get("myCustomField").isNumber()).isTrue();
        assertThat(test.get("myCustomField").asInt()).isEqualTo(5);
        assertThat(test.get("count").isNumber()).isTrue();
        assertThat(test.get("latest").isString()).isTrue();

        // Changing it again: given fields change, others stay; a "type" comes back as sent. The read side's
        // cached answer (just read) is replaced at once.
        assertThat(only(get("/v1/" + service + "/badges.json?sort=name").json().get("badges"), "test")
                .get("description").asString()).isEqualTo("This is a test badge");
        Response changed = put("/v1/" + service + "/badges.json",
                "{\"badges\":[{\"name\":\"test\",\"description\":\"Another test badge\",\"type\":\"silver\"},"
                        + "{\"name\":\"donated\",\"description\":\"User donated to site\",\"type\":\"gold\"}]}");
        assertThat(changed.status()).isEqualTo(200);
        JsonNode list = get("/v1/" + service + "/badges.json?sort=name").json().get("badges");
        assertThat(names(list)).containsExactly("donated", "test");
        assertThat(only(list, "donated").get("type").asString()).isEqualTo("gold");
        assertThat(only(list, "test").get("type").asString()).isEqualTo("silver");
        assertThat(only(list, "test").get("description").asString()).isEqualTo("Another test badge");
        assertThat(only(list, "test").get("myCustomField").asInt()).isEqualTo(5);
        // New badges are not offered in the public catalogue.
        assertThat(badges.findByIssuerAndSlug(issuer, "donated")).get().extracting(Badge::isListed)
                .isEqualTo(false);
    }

    @Test
    void theAuthorizedRequestAndAwardingAndRemovingBadgesWorkAsDocumented() {
        put("/v1/" + service + "/badges.json", "{\"badges\":[{\"name\":\"test1\"},{\"name\":\"test2\"},"
                + "{\"name\":\"commenter\"},{\"name\":\"popular\"}]}");

        // "Example Authorized Request" (and the HTTPie and cURL forms of it).
        Response authorized = api.call("PUT", "/v1/" + service + "/users/daniel.json")
                .header("Authorization", key).json("""
                        {
                            "badges": [
                                "test1",
                                "test2"
                            ]
                        }""").send();
        assertThat(authorized.status()).isEqualTo(200);
        assertThat(strings(authorized.json().get("user").get("badges"))).containsExactly("test1", "test2");
        assertThat(authorized.json().get("user").get("name").asString()).isEqualTo("daniel");

        // "Award Badges to a User": each PUT adds one to the count.
        Response awarded = put("/v1/" + service + "/users/daniel.json", """
                {
                    "badges": [
                        "commenter",
                        "popular"
                    ]
                }""");
        assertThat(awarded.status()).isEqualTo(200);
        assertThat(strings(awarded.json().get("user").get("badges")))
                .containsExactly("commenter", "popular", "test1", "test2");
        put("/v1/" + service + "/users/daniel.json", "{\"badges\":[\"commenter\"]}");
        put("/v1/" + service + "/users/bob.json", "{\"badges\":[\"commenter\"]}");

        // "Get Users" shows what the writes did.
        JsonNode users = get("/v1/" + service + "/users.json?names=daniel,bob&sort=-count").json();
        assertThat(users.get("badges").get("commenter").get("count").asInt()).isEqualTo(3);
        JsonNode daniel = users.get("users").get(0);
        assertThat(daniel.get("name").asString()).isEqualTo("daniel");
        JsonNode commenter = daniel.get("badges").get(0);
        assertThat(commenter.get("name").asString()).isEqualTo("commenter");
        assertThat(commenter.get("count").asInt()).isEqualTo(2);
        assertThat(commenter.get("latest").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

        // "Remove Badges from a User".
        Response removed = call("DELETE", "/v1/" + service + "/users/daniel.json", """
                {
                    "badges": [
                        "commenter"
                    ]
                }""");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(strings(removed.json().get("user").get("badges"))).containsExactly("popular", "test1", "test2");
        assertThat(removed.json().get("user").get("name").asString()).isEqualTo("daniel");
        assertThat(jdbc.queryForObject("select count(*) from award a join recipient r on r.id = a.recipient_id "
                + "where r.issuer_id = ? and r.identifier = 'daniel' and a.status = 'REVOKED' "
                + "and a.revocation_reason = 'Removed through the UserBadges API'", Long.class, issuer.getId()))
                .isEqualTo(2L);
    }

    @Test
    void deletingServiceBadgesRemovesThemFromEveryUserAndAnswersTheRemainingBadges() {
        put("/v1/" + service + "/badges.json", "{\"badges\":[{\"name\":\"test\"},{\"name\":\"donated\","
                + "\"description\":\"User donated to site\",\"type\":\"gold\"}]}");
        put("/v1/" + service + "/users/daniel.json", "{\"badges\":[\"test\",\"donated\"]}");
        assertThat(strings(get("/v1/" + service + "/users.json").json().get("users").get(0).get("badges"), "name"))
                .containsExactly("donated", "test");

        Response deleted = call("DELETE", "/v1/" + service + "/badges.json", """
                {
                    "badges": [
                        "test"
                    ]
                }""");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(names(deleted.json().get("badges"))).containsExactly("donated");
        JsonNode donated = only(deleted.json().get("badges"), "donated");
        assertThat(donated.get("count").asInt()).isEqualTo(1);
        assertThat(donated.get("type").asString()).isEqualTo("gold");
        assertThat(badges.findByIssuerAndSlug(issuer, "test")).isEmpty();
        JsonNode users = get("/v1/" + service + "/users.json").json();
        assertThat(strings(users.get("users").get(0).get("badges"), "name")).containsExactly("donated");
    }

    @Test
    void signedRequestsWorkWithABodyAndAreRefusedWhenReplayedOrStale() {
        String path = "/v1/" + service + "/badges.json";
        String body = "{\"badges\":[{\"name\":\"test\",\"description\":\"This is a test badge\","
                + "\"link\":\"/badges/test\",\"myCustomField\":5}]}";
        String ts = String.valueOf(clock.instant().getEpochSecond());
        String signature = sign(key, "PUT", path, ts, body);

        Response signed = api.call("PUT", path + "?ts=" + ts + "&signature=" + signature).json(body).send();
        assertThat(signed.status()).isEqualTo(200);
        assertThat(names(signed.json().get("badges"))).containsExactly("test");

        Response replayed = api.call("PUT", path + "?ts=" + ts + "&signature=" + signature).json(body).send();
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.json().get("error").asString()).contains("already used");

        String stale = String.valueOf(clock.instant().getEpochSecond() - 301);
        String changed = body.replace("This is a test badge", "Changed");
        Response old = api.call("PUT", path + "?ts=" + stale + "&signature=" + sign(key, "PUT", path, stale,
                changed)).json(changed).send();
        assertThat(old.status()).isEqualTo(401);
        assertThat(old.json().get("error").isString()).isTrue();
        assertThat(only(get(path).json().get("badges"), "test").get("description").asString())
                .isEqualTo("This is a test badge");

        String userPath = "/v1/" + service + "/users/daniel.json";
        String userBody = "{\"badges\":[\"test\"]}";
        String now = String.valueOf(clock.instant().getEpochSecond());
        Response award = api.call("PUT", userPath + "?ts=" + now + "&signature=" + sign(key, "PUT", userPath, now,
                userBody)).json(userBody).send();
        assertThat(award.status()).isEqualTo(200);
        assertThat(strings(award.json().get("user").get("badges"))).containsExactly("test");
    }

    // ------------------------------------------------------------------ errors

    @Test
    void badgeNamesThatAreNotSlugsGet400SayingWhyAndNothingIsWritten() {
        Response response = put("/v1/" + service + "/badges.json",
                "{\"badges\":[{\"name\":\"fine\"},{\"name\":\"Not A Slug\"}]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).contains("'Not A Slug'").contains("not a slug");
        assertThat(badges.findByIssuerAndSlug(issuer, "fine")).isEmpty();

        Response tooLong = put("/v1/" + service + "/badges.json", "{\"badges\":[{\"name\":\"" + "a".repeat(51)
                + "\"}]}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("error").asString()).contains("1 to 50 characters");

        Response notABody = put("/v1/" + service + "/badges.json", "{\"badge\":[]}");
        assertThat(notABody.status()).isEqualTo(400);
        assertThat(notABody.json().get("error").isString()).isTrue();
    }

    @Test
    void unknownBadgesGet400NamingThemAndNothingIsAwarded() {
        put("/v1/" + service + "/badges.json", "{\"badges\":[{\"name\":\"commenter\"}]}");

        Response response = put("/v1/" + service + "/users/daniel.json",
                "{\"badges\":[\"commenter\",\"popluar\"]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).contains("popluar");
        assertThat(awardsOf("daniel")).isZero();

        Response delete = call("DELETE", "/v1/" + service + "/badges.json", "{\"badges\":[\"nope\"]}");
        assertThat(delete.status()).isEqualTo(400);
        assertThat(delete.json().get("error").asString()).contains("nope");
    }

    @Test
    void aRefusedAwardAwardsNothingAtAll() {
        put("/v1/" + service + "/badges.json", "{\"badges\":[{\"name\":\"first\"},{\"name\":\"once\"}]}");
        Badge once = badges.findByIssuerAndSlug(issuer, "once").orElseThrow();
        once.setUnique(true);
        badges.save(once);
        assertThat(put("/v1/" + service + "/users/daniel.json", "{\"badges\":[\"once\"]}").status()).isEqualTo(200);

        Response refused = put("/v1/" + service + "/users/daniel.json", "{\"badges\":[\"first\",\"once\"]}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asString()).contains("once").contains("Nothing was awarded");
        assertThat(awardsOf("daniel")).isEqualTo(1);
    }

    @Test
    void requiredAcceptanceServicesKeepTheirBadgesAndAwardsOnDelete() {
        Issuer required = data.issuer(data.account("ub"), AcceptancePolicy.REQUIRED);
        String requiredKey = data.apiKey(required);
        String path = "/v1/" + required.getSlug();
        assertThat(api.call("PUT", path + "/badges.json").header("Authorization", requiredKey)
                .json("{\"badges\":[{\"name\":\"test\"}]}").send().status()).isEqualTo(200);
        Response pending = api.call("PUT", path + "/users/earner.json").header("Authorization", requiredKey)
                .json("{\"badges\":[\"test\"]}").send();
        assertThat(pending.status()).isEqualTo(200);
        assertThat(strings(pending.json().get("user").get("badges"))).containsExactly("test");

        Response delete = api.call("DELETE", path + "/badges.json").header("Authorization", requiredKey)
                .json("{\"badges\":[\"test\"]}").send();

        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.json().get("error").asString()).contains("acceptance");
        assertThat(badges.findByIssuerAndSlug(required, "test")).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from award a join badge b on b.id = a.badge_id "
                + "where b.issuer_id = ? and a.status = 'PENDING'", Long.class, required.getId())).isEqualTo(1L);
    }

    // ------------------------------------------------------------------ keys, services and the sandbox

    @Test
    void wrongAndRevokedKeysGet401() {
        Response wrong = api.call("PUT", "/v1/" + service + "/badges.json").header("Authorization", key + "x")
                .json("{\"badges\":[{\"name\":\"test\"}]}").send();
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("error").isString()).isTrue();

        apiKeys.revoke(service, apiKeys.list(service).get(0).id());
        Response revoked = put("/v1/" + service + "/badges.json", "{\"badges\":[{\"name\":\"test\"}]}");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(badges.findByIssuerAndSlug(issuer, "test")).isEmpty();
    }

    @Test
    void oneServicesKeyCannotReadWithItOrChangeAnotherService() {
        Issuer other = data.issuer(data.account("ub"), AcceptancePolicy.AUTOMATIC);
        String otherKey = data.apiKey(other);
        String otherPath = "/v1/" + other.getSlug();
        api.call("PUT", otherPath + "/badges.json").header("Authorization", otherKey)
                .json("{\"badges\":[{\"name\":\"test\",\"description\":\"Theirs\"}]}").send();
        api.call("PUT", otherPath + "/users/bob.json").header("Authorization", otherKey)
                .json("{\"badges\":[\"test\"]}").send();

        List<Response> attempts = List.of(
                put(otherPath + "/badges.json", "{\"badges\":[{\"name\":\"test\",\"description\":\"Mine\"}]}"),
                call("DELETE", otherPath + "/badges.json", "{\"badges\":[\"test\"]}"),
                put(otherPath + "/users/bob.json", "{\"badges\":[\"test\"]}"),
                call("DELETE", otherPath + "/users/bob.json", "{\"badges\":[\"test\"]}"),
                api.call("GET", otherPath + "/users.json").header("Authorization", key).send(),
                api.call("GET", otherPath + "/badges.json").header("X-Api-Key", key).send());

        assertThat(attempts).extracting(Response::status).containsOnly(401);
        JsonNode theirs = get(otherPath + "/users.json").json();
        assertThat(theirs.get("badges").get("test").get("description").asString()).isEqualTo("Theirs");
        assertThat(theirs.get("users").get(0).get("badges").get(0).get("count").asInt()).isEqualTo(1);

        // A key of an existing service writing to one that does not exist: 401 too (no key acts for it).
        assertThat(put("/v1/no-such-service-" + service + "/badges.json", "{\"badges\":[{\"name\":\"a\"}]}")
                .status()).isEqualTo(401);
        assertThat(api.get("/v1/no-such-service-" + service + "/badges.json").send().status()).isEqualTo(404);
    }

    @Test
    void theSandboxServiceTestAcceptsWritesWithoutAKeyToItselfOnly() {
        String badge = TestData.unique("sandbox");
        Response created = api.call("PUT", "/v1/test/badges.json")
                .json("{\"badges\":[{\"name\":\"" + badge + "\",\"myCustomField\":5}]}").send();
        assertThat(created.status()).isEqualTo(200);
        assertThat(only(created.json().get("badges"), badge).get("myCustomField").asInt()).isEqualTo(5);
        String user = TestData.unique("u");
        Response awarded = api.call("PUT", "/v1/test/users/" + user + ".json")
                .json("{\"badges\":[\"" + badge + "\"]}").send();
        assertThat(awarded.status()).isEqualTo(200);
        assertThat(strings(awarded.json().get("user").get("badges"))).containsExactly(badge);

        List<Response> elsewhere = List.of(
                api.call("PUT", "/v1/" + service + "/badges.json").json("{\"badges\":[{\"name\":\"x\"}]}").send(),
                api.call("PUT", "/v1/" + service + "/users/daniel.json").json("{\"badges\":[\"x\"]}").send(),
                api.call("DELETE", "/v1/" + service + "/badges.json").json("{\"badges\":[\"x\"]}").send());
        assertThat(elsewhere).extracting(Response::status).containsOnly(401);
        assertThat(badges.findByIssuerAndSlug(issuer, "x")).isEmpty();
        assertThat(get("/v1/" + service + "/badges.json").json().get("badges").isEmpty()).isTrue();

        Response removed = api.call("DELETE", "/v1/test/badges.json").json("{\"badges\":[\"" + badge + "\"]}")
                .send();
        assertThat(removed.status()).isEqualTo(200);
        assertThat(names(removed.json().get("badges"))).doesNotContain(badge);
    }

    // ------------------------------------------------------------------ helpers

    private Response put(String path, String json) {
        return call("PUT", path, json);
    }

    private Response call(String method, String path, String json) {
        return api.call(method, path).header("Authorization", key).json(json).send();
    }

    private Response get(String path) {
        Response response = api.get(path).send();
        assertThat(response.status()).isEqualTo(200);
        return response;
    }

    private long awardsOf(String user) {
        return jdbc.queryForObject("select count(*) from award a join recipient r on r.id = a.recipient_id "
                + "where r.issuer_id = ? and r.identifier = ?", Long.class, issuer.getId(), user);
    }

    private static JsonNode only(JsonNode badges, String name) {
        List<JsonNode> found = new ArrayList<>();
        badges.forEach(badge -> {
            if (badge.get("name").asString().equals(name)) {
                found.add(badge);
            }
        });
        assertThat(found).as("badge %s in %s", name, badges).hasSize(1);
        return found.get(0);
    }

    private static List<String> names(JsonNode badges) {
        return strings(badges, "name");
    }

    private static List<String> strings(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> {
            assertThat(item.isString()).isTrue();
            values.add(item.asString());
        });
        return values;
    }

    static String sign(String key, String method, String path, String ts, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((method + "\n" + path + "\n" + ts + "\n" + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
