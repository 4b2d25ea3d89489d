package org.badgeportal.apis.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardFixtures;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/badges/{slug}/awards} and {@code /api/v1/awards/**}: awarding, idempotency, reads, lifecycle. */
@PortalTest
class AwardsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AwardFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    IdempotencyCleanup cleanup;

    Issuer issuer;
    String key;
    Badge badge;

    @BeforeEach
    void issuerWithKey() {
        Account owner = data.account("api-owner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        key = data.apiKey(issuer);
        badge = data.badge(issuer, "Helper");
    }

    private String awardsOf(Badge b) {
        return "/api/v1/badges/" + b.getSlug() + "/awards";
    }

    private long awardCount(Badge b) {
        return jdbc.queryForObject("select count(*) from award where badge_id = ?", Long.class, b.getId());
    }

    private MvcResult award(Badge b, String body) throws Exception {
        return mvc.perform(post(awardsOf(b)).header("X-Api-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn();
    }

    @Test
    void oneRecipientGetsAPendingAwardWithItsPayloadAndEvidence() throws Exception {
        mvc.perform(post(awardsOf(badge)).header("X-Api-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"recipient":"Ann@Example.org","narrative":"Helped","evidence":["https://example.org/e"],
                         "expiresAt":"2099-01-31","payload":{"points":10,"tags":["a"]}}"""))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.awarded").value(1))
            .andExpect(jsonPath("$.results[0].recipient").value("Ann@Example.org"))
            .andExpect(jsonPath("$.results[0].outcome").value("NEW"))
            .andExpect(jsonPath("$.results[0].award.status").value("PENDING"))
            .andExpect(jsonPath("$.results[0].award.url", containsString("/awards/")));

        String id = jdbc.queryForObject("select public_id from award where badge_id = ?", String.class, badge.getId());
        mvc.perform(get("/api/v1/awards/" + id).header("X-Api-Key", key))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.recipient").value("ann@example.org"))
            .andExpect(jsonPath("$.narrative").value("Helped"))
            .andExpect(jsonPath("$.evidence[0]").value("https://example.org/e"))
            .andExpect(jsonPath("$.payload.points").value(10))
            .andExpect(jsonPath("$.payload.tags[0]").value("a"))
            .andExpect(jsonPath("$.expiresAt").value("2099-02-01T00:00:00Z"));
    }

    @Test
    void manyRecipientsGetOneResultEachInOrderWithUniqueAndLimitOutcomes() throws Exception {
        Badge limited = fixtures.badge(issuer, b -> {
            b.setUnique(true);
            b.setLimit(2);
        });
        award(limited, "{\"recipient\":\"first\"}");

        MvcResult result = award(limited, """
                {"recipients":[{"recipient":"first"},{"recipient":"second","payload":{"n":2}},
                  {"recipient":"third"},{"recipient":"bad@@example"},{"recipient":"second"}]}""");
        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        JsonNode body = json.readTree(result.getResponse().getContentAsString());
        assertThat(body.get("awarded").asLong()).isEqualTo(1);
        assertThat(body.get("results").valueStream().map(r -> r.get("outcome").asString()).toList())
            .containsExactly("DUPLICATE_UNIQUE", "NEW", "OVER_LIMIT", "INVALID_EMAIL", "DUPLICATE_IN_BATCH");
        assertThat(body.get("results").get(2).get("message").asString()).contains("limit");
        assertThat(awardCount(limited)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select payload from award a join recipient r on r.id = a.recipient_id "
                + "where a.badge_id = ? and r.identifier = 'second'", String.class, limited.getId()))
            .isEqualTo("{\"n\":2}");

        mvc.perform(post(awardsOf(limited)).header("X-Api-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content("{\"recipient\":\"first\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.awarded").value(0))
            .andExpect(jsonPath("$.results[0].award").doesNotExist());
    }

    @Test
    void moreThanTenThousandRecipientsAreRefusedWithoutAwarding() throws Exception {
        String many = IntStream.rangeClosed(1, 10_001).mapToObj(i -> "{\"recipient\":\"u" + i + "\"}")
                .collect(Collectors.joining(",", "{\"recipients\":[", "]}"));
        mvc.perform(post(awardsOf(badge)).header("X-Api-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content(many))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.code").value("ValidationError"))
            .andExpect(jsonPath("$.details[0].field").value("recipients"))
            .andExpect(jsonPath("$.details[0].value").value(10_001));
        assertThat(awardCount(badge)).isZero();
    }

    @Test
    void neitherOrBothFormsAreRefused() throws Exception {
        assertThat(award(badge, "{}").getResponse().getStatus()).isEqualTo(400);
        assertThat(award(badge, "{\"recipient\":\"a\",\"recipients\":[{\"recipient\":\"b\"}]}").getResponse()
            .getStatus()).isEqualTo(400);
        assertThat(awardCount(badge)).isZero();
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstAnswerAndAwardsNothing() throws Exception {
        String body = "{\"recipients\":[{\"recipient\":\"ann\"},{\"recipient\":\"bob\"}]}";
        String first = mvc.perform(post(awardsOf(badge)).header("X-Api-Key", key).header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        String again = mvc.perform(post(awardsOf(badge)).header("X-Api-Key", key).header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andExpect(header().string("Idempotent-Replayed", "true"))
            .andReturn().getResponse().getContentAsString();

        assertThat(again).isEqualTo(first);
        assertThat(awardCount(badge)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from idempotent_request where issuer_id = ?", Long.class,
                issuer.getId())).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() throws Exception {
        mvc.perform(post(awardsOf(badge)).header("X-Api-Key", key).header("Idempotency-Key", "k-2")
                .contentType(MediaType.APPLICATION_JSON).content("{\"recipient\":\"ann\"}"))
            .andExpect(status().isCreated());
        mvc.perform(post(awardsOf(badge)).header("X-Api-Key", key).header("Idempotency-Key", "k-2")
                .contentType(MediaType.APPLICATION_JSON).content("{\"recipient\":\"bob\"}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.error", containsString("different request body")));
        mvc.perform(post(awardsOf(badge)).header("X-Api-Key", key).header("Idempotency-Key", "x".repeat(256))
                .contentType(MediaType.APPLICATION_JSON).content("{\"recipient\":\"bob\"}"))
            .andExpect(status().isBadRequest());
        assertThat(awardCount(badge)).isEqualTo(1);
    }

    @Test
    void keysOlderThanADayAreForgottenAndThenAwardAgain() throws Exception {
        String body = "{\"recipient\":\"ann\"}";
        mvc.perform(post(awardsOf(badge)).header("X-Api-Key", key).header("Idempotency-Key", "old")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        jdbc.update("update idempotent_request set created_at = created_at - interval '25' hour where issuer_id = ?",
                issuer.getId());
        assertThat(cleanup.forgetOldKeys()).isGreaterThanOrEqualTo(1);
        mvc.perform(post(awardsOf(badge)).header("X-Api-Key", key).header("Idempotency-Key", "old")
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(awardCount(badge)).isEqualTo(2);
    }

    @Test
    void aPayloadTooLongIsThatRecipientsOutcome() throws Exception {
        mvc.perform(post(awardsOf(badge)).header("X-Api-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content("{\"recipients\":[{\"recipient\":\"ann\",\"payload\":\"" + "x".repeat(20_001)
                        + "\"},{\"recipient\":\"bob\",\"payload\":[1,2]}]}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.results[0].outcome").value("INVALID_PAYLOAD"))
            .andExpect(jsonPath("$.results[1].outcome").value("NEW"))
            .andExpect(jsonPath("$.awarded").value(1));
    }

    @Test
    void concurrentRetriesWithOneKeyAwardOnce() throws Exception {
        String body = "{\"recipients\":[{\"recipient\":\"ann\"},{\"recipient\":\"bob\"},{\"recipient\":\"cy\"}]}";
        Callable<MvcResult> call = () -> mvc.perform(post(awardsOf(badge)).header("X-Api-Key", key)
                .header("Idempotency-Key", "same").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<MvcResult> one = pool.submit(call);
            Future<MvcResult> two = pool.submit(call);
            String a = one.get().getResponse().getContentAsString();
            String b = two.get().getResponse().getContentAsString();
            assertThat(one.get().getResponse().getStatus()).isEqualTo(201);
            assertThat(two.get().getResponse().getStatus()).isEqualTo(201);
            assertThat(a).isEqualTo(b);
        } finally {
            pool.shutdown();
        }
        assertThat(awardCount(badge)).isEqualTo(3);
    }

    @Test
    void anotherIssuersKeyFindsNothing() throws Exception {
        award(badge, "{\"recipient\":\"ann\"}");
        String id = jdbc.queryForObject("select public_id from award where badge_id = ?", String.class, badge.getId());
        Issuer other = data.issuer(data.account("other"), AcceptancePolicy.AUTOMATIC);
        String otherKey = data.apiKey(other);

        mvc.perform(post(awardsOf(badge)).header("X-Api-Key", otherKey).contentType(MediaType.APPLICATION_JSON)
                .content("{\"recipient\":\"bob\"}"))
            .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("ResourceNotFound"));
        mvc.perform(get("/api/v1/awards/" + id).header("X-Api-Key", otherKey)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/awards/" + id + "/revoke").header("X-Api-Key", otherKey)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"mine now\"}"))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/awards").header("X-Api-Key", otherKey))
            .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        assertThat(awardCount(badge)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from award where public_id = ?", String.class, id))
            .isEqualTo("PENDING");
    }

    @Test
    void theListFiltersAndPages() throws Exception {
        Badge other = data.badge(issuer, "Other");
        award(badge, "{\"recipients\":[{\"recipient\":\"ann\"},{\"recipient\":\"bob\"},{\"recipient\":\"cy\"}]}");
        award(other, "{\"recipient\":\"ann\"}");

        mvc.perform(get("/api/v1/awards").header("X-Api-Key", key).param("size", "2"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.total").value(4))
            .andExpect(jsonPath("$.awards.length()").value(2));
        mvc.perform(get("/api/v1/awards").header("X-Api-Key", key).param("recipient", "ann"))
            .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/awards").header("X-Api-Key", key).param("badge", other.getSlug())
                .param("status", "PENDING"))
            .andExpect(jsonPath("$.total").value(1))
            .andExpect(jsonPath("$.awards[0].badge").value(other.getSlug()));
        mvc.perform(get("/api/v1/awards").header("X-Api-Key", key).param("size", "101"))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/awards").header("X-Api-Key", key).param("status", "LOST"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void theRecipientAcceptsOrDeclinesAndOthersChangeNothing() throws Exception {
        Account ann = data.account("ann");
        Account stranger = data.account("stranger");
        award(badge, "{\"recipients\":[{\"recipient\":\"" + ann.getEmail() + "\"},{\"recipient\":\""
                + ann.getEmail() + "\"}]}");
        var ids = jdbc.queryForList("select public_id from award where badge_id = ? order by id", String.class,
                badge.getId());
        String annToken = data.personalToken(ann);
        String strangerToken = data.personalToken(stranger);

        mvc.perform(post("/api/v1/awards/" + ids.get(0) + "/accept").header("Authorization", "Bearer " + strangerToken))
            .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/awards/" + ids.get(0) + "/accept").header("X-Api-Key", key))
            .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/awards/" + ids.get(0)).header("Authorization", "Bearer " + strangerToken))
            .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select status from award where public_id = ?", String.class, ids.get(0)))
            .isEqualTo("PENDING");

        mvc.perform(post("/api/v1/awards/" + ids.get(0) + "/accept").header("Authorization", "Bearer " + annToken))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.previousStatus").value("PENDING"))
            .andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(post("/api/v1/awards/" + ids.get(1) + "/decline").header("Authorization", "Bearer " + annToken))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("DECLINED"));
        mvc.perform(get("/api/v1/awards/" + ids.get(1)).header("Authorization", "Bearer " + annToken))
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DECLINED"));

        mvc.perform(post("/api/v1/awards/" + ids.get(0) + "/revoke").header("X-Api-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.details[0].field").value("reason"));
        mvc.perform(post("/api/v1/awards/" + ids.get(0) + "/revoke").header("X-Api-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Mistake\"}"))
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
        mvc.perform(post("/api/v1/awards/" + ids.get(0) + "/accept").header("Authorization", "Bearer " + annToken))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.error", containsString("revoked")));
        mvc.perform(post("/api/v1/awards/" + ids.get(0) + "/revoke").header("X-Api-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Again\"}"))
            .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select revocation_reason from award where public_id = ?", String.class,
                ids.get(0))).isEqualTo("Mistake");
    }

    @Test
    void anUnverifiedRecipientMayNotAccept() throws Exception {
        Account ann = data.account("unverified");
        award(badge, "{\"recipient\":\"" + ann.getEmail() + "\"}");
        String id = jdbc.queryForObject("select public_id from award where badge_id = ?", String.class, badge.getId());
        fixtures.unverify(ann);
        mvc.perform(post("/api/v1/awards/" + id + "/accept")
                .header("Authorization", "Bearer " + data.personalToken(ann)))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.code").value("Forbidden"));
        assertThat(jdbc.queryForObject("select status from award where public_id = ?", String.class, id))
            .isEqualTo("PENDING");
    }
}
