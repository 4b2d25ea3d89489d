package org.badgeportal.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.exports.ExportFixtures.World;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@PortalTest
class RestoreTest {

    /** Tables a restore writes to; a refused restore leaves each of them as it was. */
    static final List<String> TABLES = List.of("issuer", "issuer_membership", "program", "badge", "badge_criterion",
            "badge_category", "badge_tag", "badge_custom_field", "stored_image", "recipient", "award",
            "award_evidence");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ExportFixtures fixtures;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountRepository accounts;

    SignedInAccount admin;

    @BeforeEach
    void admin() {
        Account account = data.account("admin");
        account.makeAdmin();
        admin = data.principal(accounts.save(account));
    }

    @Test
    void anIssuerLostFromTheDatabaseComesBackWholeFromItsExport() throws Exception {
        World world = fixtures.build(2);
        String before = export(world);
        forget(world.issuer().getId());
        mvc.perform(get("/awards/" + world.awards().get("accepted"))).andExpect(status().isNotFound());

        MvcResult restored = restore(before.getBytes(StandardCharsets.UTF_8), world.owner().getEmail())
            .andExpect(status().isFound()).andReturn();
        Cookie[] session = restored.getResponse().getCookies();
        mvc.perform(get(restored.getResponse().getRedirectedUrl()).cookie(session).with(user(admin)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Restored " + world.issuer().getName() + ": 2 badges, 6 recipients and 7 awards.")));

        String after = export(world);
        // Must differ: the export's own timestamp, and the claimed site user (daniel-...): a link made by a claim
        // is not in the export (it would name the claimer's account), so that recipient comes back unlinked and
        // claims again. Email recipients are linked again by their verified address.
        assertThat(comparable(json.readTree(after))).isEqualTo(comparable(json.readTree(before)));

        mvc.perform(get("/awards/" + world.awards().get("accepted"))).andExpect(status().isOk())
            .andExpect(content().string(containsString(world.full().getName())));
        mvc.perform(get("/awards/" + world.awards().get("accepted") + "/assertion.json")).andExpect(status().isOk())
            .andExpect(content().string(containsString(world.awards().get("accepted"))));
        mvc.perform(get("/awards/" + world.awards().get("revoked") + "/assertion.json"))
            .andExpect(status().isGone());
        mvc.perform(get("/manage/" + world.slug() + "/export").with(user(data.principal(world.staff()))))
            .andExpect(status().isForbidden());
    }

    @Test
    void anExistingSlugIsRefusedAndNothingIsWritten() throws Exception {
        World world = fixtures.build(0);
        byte[] file = export(world).getBytes(StandardCharsets.UTF_8);
        refused(file, world.owner().getEmail(), "An issuer with the short name " + world.slug() + " already exists");
    }

    @Test
    void anExistingAwardIdIsRefusedAndNothingIsWritten() throws Exception {
        World world = fixtures.build(0);
        ObjectNode doc = (ObjectNode) json.readTree(export(world));
        ((ObjectNode) doc.get("issuer")).put("slug", TestData.unique("moved"));
        String existing = doc.get("awards").get(2).get("id").asString();
        doc.get("awards").forEach(award -> {
            if (!award.get("id").asString().equals(existing)) {
                ((ObjectNode) award).put("id", UUID.randomUUID().toString());
            }
        });
        refused(json.writeValueAsBytes(doc), world.owner().getEmail(),
                "An award with the id " + existing + " already exists");
    }

    @Test
    void anAwardIdTwiceInTheFileIsRefused() throws Exception {
        World world = fixtures.build(0);
        ObjectNode doc = (ObjectNode) json.readTree(export(world));
        ((ObjectNode) doc.get("issuer")).put("slug", TestData.unique("moved"));
        String fresh = UUID.randomUUID().toString();
        ArrayNode awards = (ArrayNode) doc.get("awards");
        awards.forEach(award -> ((ObjectNode) award).put("id", fresh));
        refused(json.writeValueAsBytes(doc), world.owner().getEmail(), "An award with the id " + fresh);
    }

    @Test
    void anUnknownFormatVersionIsRefused() throws Exception {
        World world = fixtures.build(0);
        ObjectNode doc = (ObjectNode) json.readTree(export(world));
        doc.put("formatVersion", 99);
        ((ObjectNode) doc.get("issuer")).put("slug", TestData.unique("moved"));
        refused(json.writeValueAsBytes(doc), world.owner().getEmail(), "format version 99");
    }

    @Test
    void filesThatAreNotExportsAreRefused() throws Exception {
        World world = fixtures.build(0);
        String owner = world.owner().getEmail();
        refused("this is not JSON at all".getBytes(StandardCharsets.UTF_8), owner, "not an issuer export");
        refused("{\"hello\": [1, 2".getBytes(StandardCharsets.UTF_8), owner, "not an issuer export");
        refused("{\"hello\": 1}".getBytes(StandardCharsets.UTF_8), owner, "not an issuer export");
        refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}, owner, "not an issuer export");
        // A valid export with one bad value deep inside: the issuer and badges before it are undone too.
        ObjectNode doc = (ObjectNode) json.readTree(export(world));
        ((ObjectNode) doc.get("issuer")).put("slug", TestData.unique("moved"));
        doc.get("awards").forEach(award -> ((ObjectNode) award).put("id", UUID.randomUUID().toString()));
        ((ObjectNode) doc.get("awards").get(4)).putArray("evidence").add("javascript:alert(1)");
        refused(json.writeValueAsBytes(doc), owner, "awards[4].evidence");
    }

    @Test
    void theOwnerMustBeAnExistingAccount() throws Exception {
        World world = fixtures.build(0);
        ObjectNode doc = (ObjectNode) json.readTree(export(world));
        ((ObjectNode) doc.get("issuer")).put("slug", TestData.unique("moved"));
        refused(json.writeValueAsBytes(doc), "nobody-" + UUID.randomUUID() + "@example.org",
                "No account has this email address.");
        long[] counts = counts();
        restore(json.writeValueAsBytes(doc), "").andExpect(status().isOk())
            .andExpect(content().string(containsString("Enter the email of the account")));
        restore(new byte[0], world.owner().getEmail()).andExpect(status().isOk())
            .andExpect(content().string(containsString("Choose an export file.")));
        assertThat(counts()).isEqualTo(counts);
    }

    @Test
    void onlyAdministratorsRestore() throws Exception {
        World world = fixtures.build(0);
        mvc.perform(get("/admin/restore").with(user(admin))).andExpect(status().isOk())
            .andExpect(content().string(containsString("64 MB")))
            .andExpect(content().string(containsString("new one when it first signs")));
        mvc.perform(get("/admin/restore").with(user(data.principal(world.owner())))).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/restore").file(new MockMultipartFile("file", "x.json", "application/json",
                export(world).getBytes(StandardCharsets.UTF_8))).param("ownerEmail", world.owner().getEmail())
                .with(csrf()).with(user(data.principal(world.owner()))))
            .andExpect(status().isForbidden());
    }

    private void refused(byte[] file, String ownerEmail, String message) throws Exception {
        long[] counts = counts();
        restore(file, ownerEmail).andExpect(status().isOk())
            .andExpect(content().string(containsString(message)))
            .andExpect(content().string(containsString("is-invalid")));
        assertThat(counts()).as("rows per table %s", TABLES).isEqualTo(counts);
    }

    private ResultActions restore(byte[] file, String ownerEmail) throws Exception {
        return mvc.perform(multipart("/admin/restore")
                .file(new MockMultipartFile("file", "issuer.json", "application/json", file))
                .param("ownerEmail", ownerEmail).with(csrf()).with(user(admin)));
    }

    private String export(World world) throws Exception {
        return mvc.perform(get("/manage/" + world.slug() + "/export/issuer.json")
                .with(user(data.principal(world.owner()))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long[] counts() {
        return TABLES.stream().mapToLong(table -> jdbc.queryForObject("select count(*) from " + table, Long.class))
            .toArray();
    }

    /** The loss: every row of the issuer goes, children first (as a broken disk or a wrong DELETE would). */
    private void forget(Long issuerId) {
        String awards = "select id from award where issuer_id = " + issuerId;
        String badges = "select id from badge where issuer_id = " + issuerId;
        List<Long> images = jdbc.queryForList("select image_id from badge where issuer_id = ? and image_id is not null"
                + " union select image_id from issuer where id = ? and image_id is not null", Long.class, issuerId,
                issuerId);
        jdbc.update("delete from award_evidence where award_id in (" + awards + ")");
        jdbc.update("delete from badge_collection_item where award_id in (" + awards + ")");
        jdbc.update("update outbound_mail set award_id = null where award_id in (" + awards + ")");
        jdbc.update("delete from award where issuer_id = ?", issuerId);
        jdbc.update("delete from recipient where issuer_id = ?", issuerId);
        for (String table : List.of("badge_criterion", "badge_category", "badge_tag", "badge_custom_field")) {
            jdbc.update("delete from " + table + " where badge_id in (" + badges + ")");
        }
        jdbc.update("delete from badge where issuer_id = ?", issuerId);
        jdbc.update("delete from program where issuer_id = ?", issuerId);
        for (String table : List.of("issuer_membership", "api_key", "issuer_key", "idempotent_request")) {
            jdbc.update("delete from " + table + " where issuer_id = ?", issuerId);
        }
        jdbc.update("delete from issuer where id = ?", issuerId);
        images.forEach(id -> jdbc.update("delete from stored_image where id = ?", id));
    }

    /** The document without what must differ after a restore (see the round-trip test). */
    private static JsonNode comparable(JsonNode doc) {
        ObjectNode copy = (ObjectNode) doc.deepCopy();
        copy.remove("exportedAt");
        for (JsonNode recipient : copy.get("recipients")) {
            if (recipient.get("kind").asString().equals("SITE_USER")) {
                ((ObjectNode) recipient).remove(List.of("linked", "accountName"));
            }
        }
        return copy;
    }
}
